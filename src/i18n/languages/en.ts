/**
 * Interface strings in English, the site's default language. Another language is a file of the
 * same shape beside this one (`es.ts`); its pages appear under `/<lang>/` with no code change.
 * Every string a reader sees lives here, not in a template: the chrome of each page, and the
 * evidence explanations (`evidenceWords`), which the pure code in src/lib/evidence/ is given.
 */
import type { EvidenceWords } from '../../lib/evidence/words.ts';
import type { Cadence } from '../../lib/measures/cadence.ts';
import type { MeasureWords } from '../../lib/measures/words.ts';

// The evidence explanations (src/lib/evidence/tier.ts, labels.ts, months.ts): why a claim has
// its tier, what it cannot tell, and the study's facts in words.
const NOUNS = {
  students: ['student', 'students'],
  schools: ['school', 'schools'],
  sites: ['site', 'sites'],
  districts: ['district', 'districts'],
} as const;

const tierName = (tier: number) => `tier ${tier}`;
const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

const evidenceWords: EvidenceWords = {
  locale: 'en-US',
  count: (n, what, one) => `${n} ${NOUNS[what][one ? 0 : 1]}`,
  sampleIn: (students, places) => `${students} in ${places}`,
  notReported: 'not reported',
  designLabel: {
    rct: 'Randomized controlled trial',
    'quasi-experimental': 'Quasi-experimental study',
    'regression-discontinuity': 'Regression discontinuity study',
    correlational: 'Correlational study',
    descriptive: 'Descriptive study',
    qualitative: 'Qualitative study',
    'mixed-methods': 'Mixed-methods study',
  },
  outcomeLabel: {
    'student-achievement': "Students' achievement (test scores, grades)",
    'student-attainment': "Students' attainment (credits, graduation, course passing)",
    'student-behavior': "Students' behavior (attendance, discipline)",
    'student-wellbeing': "Students' wellbeing",
    'teacher-practice': "Teachers' practice",
    'educator-perception': "Educators' views",
    system: 'How the school system works',
  },
  effectWithInterval: (size, low, high) => `${size} (95% interval ${low} to ${high})`,

  why: {
    design: {
      rct: 'It was a randomized controlled trial: chance decided who got the program, the strongest kind of study.',
      'quasi-experimental':
        'It was a quasi-experimental study: it compared similar students who did and did not get the program.',
      'regression-discontinuity':
        'It was a regression discontinuity study, which counts as quasi-experimental: it compared students just above and just below a cut-off.',
      correlational: 'It was a correlational study: it looked for a link between the program and results.',
      descriptive:
        'It was a descriptive study: it described what happened, without a comparison group. Tiers 1 to 3 need a comparison.',
      qualitative:
        'It was a qualitative study (interviews, observations, documents): it did not measure effects. Tiers 1 to 3 need measured effects.',
      'mixed-methods':
        'It was a mixed-methods study without an experimental, quasi-experimental or correlational design, which tiers 1 to 3 need.',
    },
    adultOutcome: (outcome) => {
      const measured = { 'teacher-practice': 'what teachers do', 'educator-perception': "educators' views", system: 'how the school system works' }[outcome];
      return `It measured ${measured}, not students' learning or behavior: tiers 1 to 3 need a student outcome, so tier 4 is the most it can reach.`;
    },
    significantPositive: 'It found a statistically significant positive effect.',
    significantNegative: 'It found a statistically significant negative effect: students in the program did worse.',
    notSignificant:
      'Its effect was not statistically significant, so it could be due to chance: tiers 1 to 3 need a significant positive effect.',
    noSignificantEffect: 'It does not report a statistically significant positive effect, which tiers 1 to 3 need.',
    overridingNegative: 'Other rigorous studies found significant negative effects, which overrides this result.',
    controls: 'It used statistical controls for differences between the students who did and did not take part.',
    noControls:
      'It did not control for differences between the students who did and did not take part: tier 3 needs those controls.',
    sampleNeeded: (students, sites) => `at least ${students} in at least ${sites} schools or sites`,
    sampleMissing: (missing, tier, needed) => {
      const what = missing.map((part) => (part === 'students' ? 'students' : 'schools or sites')).join(' or ');
      return `It does not report how many ${what} took part, and a missing number counts as too small for ${tierName(tier)} (${needed}).`;
    },
    sampleSize: (students, sites) => `${students} in ${sites}`,
    sampleEnough: (size, tier, needed) => `It included ${size}: large enough for ${tierName(tier)} (${needed}).`,
    sampleTooSmall: (size, tier, needed, onlyThat) =>
      `${onlyThat ? 'Only' : 'It included'} ${size}: too small for ${tierName(tier)}, which needs ${needed}.`,
    logicModelTier4: 'A well-specified logic model, informed by research, explains why it should work: enough for tier 4.',
    logicModelOnly: 'A logic model exists, but nothing else reaches a tier.',
    noLogicModel: 'There is no well-specified logic model either, which tier 4 needs, so it has no tier.',
  },

  limits: {
    adultOutcome: "It measured adults or the system, so it says nothing yet about students' learning.",
    correlational: 'It shows a link, not proof that the program caused the change.',
    descriptive: 'It describes what happened; it cannot show whether the program caused a change in results.',
    chance: 'The difference it found could be due to chance.',
    negative: 'Students in the program did worse: this is evidence against it.',
    overridingNegative: 'Other rigorous studies found harm; read them before acting on this one.',
    sampleUnknown: 'It does not say how many students or schools took part, so we cannot judge how far the result travels.',
    sampleSmall: (sample) => `With ${sample}, the result may not hold in other schools.`,
    oneDistrict: 'It was done in one district; results may differ elsewhere.',
    noInterval: 'No confidence interval is given, so we cannot say how precise the effect size is.',
    tier4: 'There is a reasoned plan for why it should work, but no study here shows that it does.',
    tier1or2: 'It shows the program worked in the schools studied; your students and staff may differ.',
    fallback: 'Results from the schools studied may differ in yours.',
  },

  months: {
    none: 'no additional progress',
    more: (n) => `about ${months(n)} of additional progress`,
    less: (n) => `about ${months(n)} less progress`,
    between: (low, high) => `between ${low} and ${high} months`,
    betweenLess: (low, high) => `between ${low} and ${high} months less`,
    betweenLessAndMore: (less, more) => `between ${months(less)} less and ${months(more)} more`,
    withInterval: (text, range) => `${text} (95% interval: ${range})`,
  },
};

// The words of measure charts (src/lib/measures/words.ts): a verdict's plain reading, flags,
// points and the chart's text alternative.
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const UNITS: Record<Cadence, [string, string]> = {
  day: ['day', 'days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
  year: ['year', 'years'],
  point: ['reading', 'readings'],
};

const number = (count: number) => NUMBERS[count] ?? String(count);
const unitName = (count: number, cadence: Cadence) => UNITS[cadence][count === 1 ? 0 : 1];
const howMany = (count: number, cadence: Cadence) => `${number(count)} ${unitName(count, cadence)}`;
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const aboveOrBelow = (side: 'up' | 'down') => (side === 'up' ? 'above' : 'below');

const measureWords: MeasureWords = {
  locale: 'en-US',
  howMany,
  theLast: (count, cadence) => (count === 1 ? `the last ${unitName(1, cadence)}` : `the last ${howMany(count, cadence)}`),
  withUnit: (value, unit) => (unit === '%' ? `${value}%` : `${value} ${unit}`),

  noData: 'There are no values to read yet.',
  tooFew: {
    run: (useful, needed) =>
      `It is too early to tell: a run chart needs at least ${needed} points off its middle line to tell real change from chance, and this one has ${useful}.`,
    xmr: () => 'There are not enough values yet to work out the usual range.',
  },
  noSignal: {
    run: 'The ups and downs are what chance alone would give: no sign of real change so far.',
    xmr: 'Every point is within the usual ups and downs: no sign of real change so far.',
  },
  run: (e) =>
    e.ongoing
      ? `${capital(e.theLast)} were all ${aboveOrBelow(e.side)} the usual level: a sign of real change, not chance.`
      : `From ${e.start} to ${e.end}, ${e.howMany} in a row were ${aboveOrBelow(e.side)} the usual level: a sign of real change at that time, not chance.`,
  trend: (e) =>
    e.ongoing
      ? `Over ${e.theLast}, the value went ${e.side} every time: a steady trend, not chance.`
      : `From ${e.start} to ${e.end}, the value went ${e.side} every time, ${e.howMany} in a row: a steady trend at that time, not chance.`,
  outside: (e) =>
    e.count === 1
      ? `In ${e.end}, the value was further ${aboveOrBelow(e.side)} the usual level than chance would take it: something out of the ordinary happened.`
      : `From ${e.start} to ${e.end}, ${e.howMany} in a row were further ${aboveOrBelow(e.side)} the usual level than chance would take them: something out of the ordinary happened.`,
  twoOfThree: (e) =>
    `Around ${e.end}, two of three values in a row were close to the ${e.side === 'up' ? 'top' : 'bottom'} of the usual range: an early hint that things may be changing.`,
  fewCrossings: (crossings, crossingsMin) =>
    `The line crossed its middle only ${number(crossings)} ${crossings === 1 ? 'time' : 'times'}, where chance alone would cross it at least ${number(crossingsMin)} times: the level has most likely changed.`,
  reading: {
    improvement: 'This is a change for the better.',
    concern: 'This is a change for the worse, worth looking into.',
  },
  otherSignals: (count) => `The analysis finds ${number(count)} other ${count === 1 ? 'signal' : 'signals'} as well.`,
  trial: (points) =>
    `The usual range rests on fewer than ${number(points)} values so far, so it may still move as new data come in.`,
  target: (met, target, cadence) => {
    switch (met) {
      case 'always':
        return `If things go on as they are, the target of ${target} will be met every time.`;
      case 'never':
        return `If things go on as they are, the target of ${target} will not be met: reaching it takes a change in how the work is done.`;
      case 'sometimes':
        return `If things go on as they are, the target of ${target} will be met in some ${UNITS[cadence][1]} and missed in others.`;
    }
  },
  levelChange: (before, after, since, label, reading) => {
    const change = label ? `Since ${since} (${label})` : `Since ${since}`;
    const verdict = reading === 'improvement' ? ', a change for the better' : reading === 'concern' ? ', a change for the worse' : '';
    return `${change}, the usual level has been ${after}, against ${before} before${verdict}.`;
  },

  flagLabel: {
    outside: 'Beyond the usual range',
    'two-of-three': 'Two of three near the edge of the range',
    shift: 'Seven or more on one side of the average',
    trend: 'Seven or more rising or falling',
    'long-run': 'Long run on one side of the middle line',
  },
  readingLabel: { improvement: 'better', concern: 'worse' },
  missing: 'no value',
  withheld: 'withheld (fewer than 10 people)',
  chartName: { run: 'Run chart', xmr: 'Control chart (XmR)' },
  centreName: { run: 'median', xmr: 'average' },
  summary: (chart, count, first, last, centre) =>
    `${chart === 'run' ? 'Run chart' : 'Control chart (XmR)'} of ${count}, from ${first} to ${last}${
      centre === null ? '' : `; ${chart === 'run' ? 'median' : 'average'} ${centre}`
    }.`,
};

export default {
  /** The language's own name, for the language switch. */
  siteName: 'Partnership Evidence Portal',
  siteTagline: 'What our research alliances have learned, with honest labels for how strong the evidence is.',
  /** After a link to a page that exists only in English (never shown on English pages). */
  inDefaultLanguage: 'in English',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    briefs: 'Briefs',
    findings: 'Findings',
    challenges: 'Challenges',
    events: 'Events',
    problems: 'Problems',
    improvement: 'Improvement',
    glossary: 'Glossary',
  },
  search: {
    label: 'Search the portal',
    button: 'Search',
    placeholder: 'attendance, tutoring…',
  },
  languageSwitch: { label: 'Language', readIn: 'Read this page in' },
  types: {
    brief: 'Research brief',
    finding: 'Finding',
    challenge: 'Challenge note',
    event: 'Event',
    aim: 'Aim',
    'change-idea': 'Change idea',
    cycle: 'PDSA cycle',
    cluster: 'Research action cluster',
    measure: 'Measure',
  },
  typesPlural: {
    briefs: 'Research briefs',
    findings: 'Findings',
    challenges: 'Challenge notes',
    events: 'Events',
    aims: 'Aims',
    'change-ideas': 'Change ideas',
    cycles: 'PDSA cycles',
    clusters: 'Research action clusters',
    measures: 'Measures',
  },
  pending: {
    draft: 'Draft: not published. Only you can see this page.',
    review: 'In review: not published yet. Shared with partners before release.',
    embargoed: 'Embargoed: not public until',
  },
  pendingTag: { draft: 'Draft', review: 'In review', embargoed: 'Embargoed' },
  meta: {
    published: 'Published',
    updated: 'Updated',
    authors: 'Written by',
    presenters: 'Presenters',
    audiences: 'For',
    problems: 'Problems of practice',
    alliance: 'Alliance',
    related: 'Related',
  },
  brief: {
    keyFindings: 'Key findings',
    findingsDrawn: 'Findings drawn from this brief',
    doi: 'DOI',
    pdf: 'Read the full report (PDF)',
  },
  cite: {
    heading: 'Cite this brief',
    apa: 'APA style (7th edition)',
    downloads: 'Add it to your reference manager',
    bibtex: 'Download BibTeX (.bib)',
    ris: 'Download RIS (.ris) for Zotero, EndNote or Mendeley',
  },
  feeds: {
    site: 'Everything new on the portal (RSS)',
    problem: 'New on this problem of practice (RSS)',
    follow: 'Follow this problem with a feed reader',
  },
  guide: {
    forResearchers: 'Publishing a brief? The guide for researchers explains every step, from the first draft to the citation.',
  },
  finding: {
    sources: 'Where this finding comes from',
    implications: 'What a district might do with this',
  },
  challenge: {
    label: 'Challenge',
    involves: 'Involves',
    strategies: 'What the partnership tried',
    notesOn: 'Notes on',
    /** The /challenges/ page's way to each challenge's own page. */
    kindsHeading: 'The three challenges',
    noteCount: (count: number, formatted: string) => (count === 1 ? '1 note' : `${formatted} notes`),
    allNotes: 'Every note, newest first',
    stakeholders: {
      researchers: 'researchers',
      district: 'the district office',
      schools: 'schools',
      community: 'families and community',
      funders: 'funders',
    },
  },
  event: {
    attending: 'Attending',
    when: 'When',
    format: 'Format',
    formats: { 'in-person': 'In person', online: 'Online', hybrid: 'In person and online' },
    where: 'Where',
    online: 'Online',
    joinOnline: 'Join online',
    interpretation: 'Interpretation',
    accessibility: 'Accessibility',
    registration: 'Registration',
    register: 'Register',
    materials: 'Materials',
    upcoming: 'Upcoming',
    past: 'Past events',
    comingUp: 'Coming up',
    addToCalendar: 'Add to calendar',
    addAllToCalendar: 'Add all events to your calendar',
    details: 'Details',
    discussedAt: 'Discussed at',
  },
  community: {
    partnershipHeading: 'What is a research partnership?',
    partnershipIntro:
      'A research partnership is a school district and a team of researchers who work together. They study questions our schools care about, like attendance and reading. Then they share what they learn with staff and families.',
    nextEventsHeading: 'Next events',
    noUpcoming: 'No events are planned right now. You can read about past events and their materials on the events page.',
    allEvents: 'See all events',
    findingsHeading: 'What the research found, in short',
  },
  paging: {
    /** The name of a list's page navigation, read out by screen readers. */
    label: 'Pages of this list',
    previous: 'Previous page',
    next: 'Next page',
    /** Read before each number in the navigation: "Page 3". */
    page: 'Page',
    /** In the title of every page after the first: "Research briefs · Page 2 of 9". */
    pageOf: (number: string, last: string) => `Page ${number} of ${last}`,
    /** Above the cards of a list longer than a page: "25 to 48 of 4,500". */
    showing: (first: string, end: string, total: string) => `${first} to ${end} of ${total}`,
    searchWithin: 'Search within this list',
    /** A taxonomy page's list of everything tagged with it. */
    allEntries: 'Everything here, newest first',
    /** Before the counts of each kind, each a search narrowed to that kind: "By kind: Findings (12)". */
    byKind: 'Search by kind',
  },
  lists: {
    briefs: {
      title: 'Research briefs',
      description: 'Studies that alliance researchers have published with their partner districts, newest first.',
    },
    findings: {
      title: 'Findings',
      description:
        "One claim each, with the strength of its evidence computed from the study's facts, and the briefs it comes from.",
    },
    challenges: {
      title: 'Challenge notes',
      description:
        'Partnerships between districts and researchers face three lasting challenges: being trusted, keeping goals in step, and turning findings into learning. These notes describe what alliances tried.',
    },
    events: {
      title: 'Events',
      description:
        'Knowledge-sharing events where alliance researchers, school staff and families discuss findings together. Upcoming events first, then past events with their materials.',
    },
    aims: {
      title: 'Aims',
      description:
        'What networks of schools are working together to improve, by how much and by when, with their theory of how to get there.',
    },
    'change-ideas': {
      title: 'Change ideas',
      description:
        'Changes that schools are testing in small cycles, and where each one stands: adopted, adapted, still being tested or dropped.',
    },
    clusters: {
      title: 'Research action clusters',
      description:
        'Groups of partners that take on one part of a shared aim together, test changes on it and share what they learn.',
    },
    measures: {
      title: 'Measures',
      description:
        'What improvement networks count, month after month, and what each chart shows in plain words: real change, or the usual ups and downs.',
    },
  },
  home: {
    waysInHeading: 'Where would you like to start?',
    waysIn: {
      'district-staff': {
        heading: 'I work for a school district',
        text: 'Find what studies in districts like yours found about a problem you face, and how much to trust each finding.',
        link: 'Evidence for district staff',
      },
      researchers: {
        heading: 'I am a researcher',
        text: 'Publish a brief with your partner district, share it before release, and give readers a citation.',
        link: 'Briefs and guides for researchers',
      },
      community: {
        heading: 'I am a parent or community member',
        text: 'Come to a community forum, and read what the research found, in plain words.',
        link: 'Events and findings for families',
      },
    },
    problemsHeading: 'Browse by problem',
    latestHeading: 'Recently published',
  },
  challengeKinds: {
    legitimacy: {
      title: 'Legitimacy',
      question: 'Do district leaders, school staff and families trust the partnership and its research?',
      explanation:
        'An alliance is only useful if the people it serves believe its work is fair, independent and about their schools. Trust can be lost when results are unwelcome, when leaders change, or when research feels done to a community rather than with it. These notes describe how partnerships earned, kept or rebuilt that trust.',
    },
    alignment: {
      title: 'Alignment',
      question: 'Are researchers and the district working on the same questions, on the same timeline?',
      explanation:
        'Researchers, district offices, schools and funders each have their own goals and calendars. A study can answer a question nobody in the district is still asking, or arrive after the budget is set. These notes describe how partnerships kept their goals and timing in step.',
    },
    learning: {
      title: 'Learning',
      question: 'Does the district actually learn from the research and change what it does?',
      explanation:
        'Publishing a finding is not the same as learning from it. Learning happens when staff discuss results, question their assumptions and change practice, and when researchers learn from the district in return. These notes describe what helped findings travel from a report into classrooms and decisions.',
    },
  },
  searchPage: {
    title: 'Search',
    description: 'Search every brief, finding, challenge note, event and piece of improvement work, and narrow the results by audience, problem, evidence tier and more.',
    queryLabel: 'Words to search for',
    submit: 'Search',
    filtersHeading: 'Narrow the results',
    facets: {
      type: 'Kind',
      audience: 'For',
      problem: 'Problem of practice',
      alliance: 'Alliance',
      tier: 'Evidence tier',
      challenge: 'Challenge',
      year: 'Year',
    },
    sortLabel: 'Order',
    sortRelevance: 'Best match first',
    sortDate: 'Newest first',
    clear: 'Clear search and filters',
    prompt: 'Type a word, or choose a filter, to see results.',
    searching: 'Searching…',
    resultOne: '1 result',
    resultMany: '{count} results',
    noResults: 'No results. Try another word or fewer filters.',
    showMore: 'Show more results',
    unavailable: 'Search is not available on this copy of the site (the search index is built by npm run build).',
    noScript: 'Search needs JavaScript, which is turned off or blocked in your browser. You can still browse everything:',
    resultsHeading: 'Results',
  },
  evidencePage: {
    title: 'How we rate evidence',
    description:
      'Every claim on this portal carries a label for how strong its evidence is. We work it out from the facts of the study, never from the author’s word. Here is how.',
    contents: 'On this page',
    tiersHeading: 'The four tiers',
    tiersIntro:
      'The tiers follow the definitions in the Every Student Succeeds Act (ESSA), which many districts must use when they choose programs. Tier 1 is the strongest. A claim that meets none of them is marked “not rated”.',
    tierNeeds: {
      1: (students: string, sites: number) =>
        `A randomized controlled trial: chance decided which students got the program. It found a clear, positive effect on students, with at least ${students} students in at least ${sites} schools or sites.`,
      2: () =>
        'A quasi-experimental study: it compared similar students who did and did not get the program (a regression discontinuity study counts here). Same effect and size rules as tier 1.',
      3: () =>
        'A correlational study that controlled for differences between students, or a trial or quasi-experiment that was too small for tiers 1 and 2. It still needs a clear, positive effect on students.',
      4: () => 'No study above yet, but a well-specified logic model, based on research, explains why the program should work.',
    },
    noTier:
      'The study does not meet any tier: for example it only described what happened, its effect could be due to chance, or other rigorous studies found the program did harm. It may still be useful to read, but it is not evidence that the program works.',
    rulesHeading: 'The rules every tier shares',
    rules: [
      {
        lead: 'It must measure students.',
        text: () =>
          'Tiers 1 to 3 need an effect on students: their learning, credits, attendance, behavior or wellbeing. A study of what teachers think or do can reach tier 4 at most, because it says nothing yet about students.',
      },
      {
        lead: 'The effect must be clear and positive.',
        text: () =>
          '“Statistically significant” means the difference is unlikely to be chance. A study with no clear effect, or a negative one, cannot reach tiers 1 to 3.',
      },
      {
        lead: 'Size matters.',
        text: (students: string, sites: number) =>
          `Tiers 1 and 2 need at least ${students} students in at least ${sites} schools or sites. A study that does not report its size counts as too small.`,
      },
      {
        lead: 'Harm elsewhere counts.',
        text: () => 'If other rigorous studies found the program did harm, this study cannot lift it to tiers 1 to 3.',
      },
    ],
    rulesOutro: 'Each finding lists the reasons that decided its tier, in these words, under “Why this tier”.',
    monthsHeading: 'Months of progress',
    monthsIntro: [
      'An effect size such as 0.19 is hard to picture. Following the Education Endowment Foundation’s scale, we also say how many months of additional learning progress it is like: students gained about as much as they would in that many extra months of school. A tutoring effect of 0.19 reads “about 3 months of additional progress”.',
      'We show months only for learning outcomes (test scores, grades, credits, graduation). Months mean nothing for attendance or for a survey of views, so we leave them out there. Negative effects read as months less progress.',
    ],
    monthsCaption: 'Effect size and months of additional progress',
    effectSizeColumn: 'Effect size',
    monthsColumn: 'Months',
    sizeRange: (from: string, to: string) => `${from} to ${to}`,
    sizeOrMore: (from: string) => `${from} or more`,
    limitsHeading: 'What a tier cannot tell you',
    limitsText:
      'Even a tier 1 study happened in particular schools, with particular students and staff. Each finding says plainly what its study cannot tell you, under “What this evidence cannot tell you”: for example, that a correlational study shows a link but not a cause, or that a small study may not hold in other schools. Read those lines before deciding.',
    authorsHeading: 'When an author disagrees',
    authorsText:
      'Authors may write the tier they believe a study reaches. The portal checks it: if an author claims a stronger tier than the facts support, the site is not published until the claim is corrected, and the check explains why. The label readers see is always the computed one.',
  },
  evidence: {
    heading: 'How strong is this evidence?',
    why: 'Why this tier',
    limits: 'What this evidence cannot tell you',
    study: 'The study',
    design: 'Design',
    measured: 'Measured',
    sample: 'Sample',
    effectSize: 'Effect size',
    months: 'In months of learning',
    howWeRate: 'How we rate evidence',
    inEnglishOnly: 'The explanation below is in English.',
  },
  evidenceTable: {
    heading: 'Evidence on this problem, strongest first',
    caption: 'Findings on this problem and how strong their evidence is. The tier is computed from each study\'s design, size and results.',
    finding: 'Finding',
    design: 'Design',
    students: 'Students',
    schools: 'Schools or sites',
    effect: 'Effect size',
    months: 'In months of learning',
    tier: 'Evidence tier',
    notReported: 'not reported',
    notApplicable: 'not a learning outcome',
    printTitle: 'Evidence summary',
    printNote: 'Printed from the Partnership Evidence Portal. Tiers follow the ESSA definitions; see /evidence/ on the portal for how they are computed.',
    searchWithin: 'Search within this problem',
    /** Under a table that shows only the strongest findings of a longer list. */
    allRows: (count: string) => `The whole evidence table: all ${count} findings, strongest first`,
    /** The title of the evidence table's own pages: "Evidence on Chronic absenteeism". */
    pageTitle: (problem: string) => `Evidence on ${problem}`,
    backToProblem: 'Back to the problem',
  },
  problemsPage: {
    title: 'Problems of practice',
    description: 'The questions our partner districts brought to their research alliances, in their own words.',
    entryCount: (count: number, formatted: string) => (count === 1 ? '1 entry' : `${formatted} entries`),
    allInDefaultLanguage: 'Everything on this problem',
  },
  peoplePage: {
    title: 'People',
    description: 'Researchers, district staff and community members who write and present for the alliances.',
    role: 'Role',
    affiliation: 'Affiliation',
    website: 'Website',
    allInDefaultLanguage: 'Everything by this person',
    /** Search has no filter by person: the link searches for the name. */
    searchWithin: 'Search the portal for this name',
  },
  alliancesPage: {
    title: 'Alliances',
    description: 'The research alliances behind this portal: each a long-term partnership between researchers and school districts.',
    since: (year: number) => `Since ${year}`,
    districts: 'Districts',
    partners: 'Partners',
    founded: 'Founded',
    website: 'Website',
    allInDefaultLanguage: 'Everything from this alliance',
    searchWithin: 'Search within this alliance',
  },
  audiencePage: {
    /** `{label}` is the audience's label, lower-cased: "For district staff". */
    title: 'For {label}',
    searchWithin: 'Search everything written for this audience',
    allInDefaultLanguage: 'Everything written for this audience',
  },
  glossaryPage: {
    title: 'Glossary',
    description: 'Research words explained in plain language.',
    lettersLabel: 'Glossary letters',
    also: 'also',
  },
  tiers: {
    1: 'Tier 1: Strong evidence',
    2: 'Tier 2: Moderate evidence',
    3: 'Tier 3: Promising evidence',
    4: 'Tier 4: Demonstrates a rationale',
    none: 'Not rated: not enough evidence for a tier',
  },
  improvement: {
    statusLabel: 'Status',
    /** A change idea's status at one site, derived from its latest cycle there. */
    status: { adopt: 'Adopted', adapt: 'Adapting', testing: 'Testing', abandon: 'Abandoned' },
    notTested: 'Not tested yet',
    /** "Adopted at 2 sites", "Testing at 1 site". */
    statusAt: (status: 'adopt' | 'adapt' | 'testing' | 'abandon', sites: number) =>
      `${{ adopt: 'Adopted', adapt: 'Adapting', testing: 'Testing', abandon: 'Abandoned' }[status]} at ${sites} ${sites === 1 ? 'site' : 'sites'}`,
    /** "7 cycles at 3 sites". */
    cyclesAtSites: (cycles: number, sites: number) =>
      `${cycles} ${cycles === 1 ? 'cycle' : 'cycles'} at ${sites} ${sites === 1 ? 'site' : 'sites'}`,
    decision: { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' },
    decisionMeaning: {
      adopt: 'keep doing it as part of the usual routine',
      adapt: 'change it and test it again',
      abandon: 'stop: it did not work here',
    },
    howToRead: 'How to read this page',
    aim: {
      statement: 'The aim',
      target: 'Target',
      /** Before the target's date: "85% by June 15, 2028". */
      by: 'by',
      driversHeading: 'How the network plans to get there',
      driversIntro:
        'This driver diagram is the network’s theory of improvement. Read it from left to right: the aim, the few big things that must change to reach it (primary drivers), the places in daily work where those things can change (secondary drivers), and the change ideas being tested there.',
      listIntro: 'The same diagram as a list, with where each change idea stands:',
      columns: { aim: 'Aim', primary: 'Primary drivers', secondary: 'Secondary drivers', 'change-idea': 'Change ideas' },
      primary: 'Primary driver',
      secondary: 'Secondary driver',
      noChangeIdeas: 'No change ideas published on this driver yet.',
      measuresHeading: 'How progress is measured',
      measureKinds: { outcome: 'Outcome measures', process: 'Process measures', balancing: 'Balancing measures' },
      measureKindMeaning: {
        outcome: 'Is the aim being met?',
        process: 'Are the changes happening as planned?',
        balancing: 'Is anything getting worse because of the changes?',
      },
      definition: 'What is counted',
      unit: 'Unit',
      better: { higher: 'Higher is better', lower: 'Lower is better' },
      clustersHeading: 'Research action clusters on this aim',
    },
    changeIdea: {
      evidenceHeading: 'The evidence behind it',
      noEvidence: 'No published finding is linked to this change idea yet: it rests on the network’s own tests.',
      partOf: 'Part of',
      statusHeading: 'Where it stands at each site',
      statusCaption: 'Status of this change idea at each site, from the latest cycle there',
      site: 'Site',
      cycles: 'Cycles',
      rampHeading: 'The cycles, site by site',
      rampIntro: 'Each site’s cycles in the order they ran. Each one builds on the one before it: the prediction was written before the cycle began, and the result tells what happened.',
      noCycles: 'No cycles have been published for this change idea yet.',
      running: 'Still running',
    },
    cycle: {
      changeIdea: 'Change idea',
      site: 'Site',
      dates: 'When',
      running: 'still running',
      measures: 'Measures watched',
      people: 'Who ran it',
      question: 'The question',
      prediction: 'What the team predicted',
      result: 'What happened',
      decision: 'The decision',
      noResultYet: 'The cycle is still running: the result comes when it ends.',
      ramp: 'Cycles at this site',
      previous: 'Previous cycle',
      next: 'Next cycle',
      buildsOn: 'Builds on',
      measuresHeading: 'What its measures show now',
      atSite: (site: string) => `at ${site}`,
    },
    cluster: {
      aim: 'Aim',
      driver: 'Primary driver',
      members: 'Member alliances',
      chairs: 'Chairs',
      cyclesHeading: 'Cycles its members ran on this driver',
      cyclesIntro: 'Every cycle the member alliances ran on a change idea under this driver, newest first.',
      noCycles: 'No cycles on this driver have been published yet.',
    },
    measure: {
      kind: 'Kind',
      kinds: { outcome: 'Outcome measure', process: 'Process measure', balancing: 'Balancing measure' },
      unit: 'Unit',
      direction: 'Direction',
      chartLabel: 'Chart',
      aims: 'Part of the aim',
      readingHeading: 'What the data say',
      sitesHeading: 'School by school',
      sitesIntro: 'One chart for each school, all on the same scale, so they can be compared at a glance.',
      definitionHeading: 'What is counted',
      method: {
        run: (baseline: string) =>
          `A run chart: the middle line is the median of ${baseline}. A long run of points on one side of it, or too few crossings, is a sign of real change.`,
        xmr: (baseline: string) =>
          `A control chart (XmR): the middle line is the average of ${baseline}, and the usual range is worked out from how much each value moves from the one before. A point beyond the range, or a long run on one side, is a sign of real change.`,
      },
      /** What the baseline is, for `method`: "the first 10 values of each phase". */
      baseline: (points: number | undefined, phased: boolean) =>
        points === undefined ? (phased ? 'all the values of each phase' : 'all the values') : `the first ${points} values${phased ? ' of each phase' : ''}`,
      legendLabel: 'What the chart shows',
      legend: {
        value: 'Values, in date order',
        centre: { run: 'Median: the middle line', xmr: 'Average: the middle line' },
        limits: 'Edges of the usual range (process limits)',
        near: 'Close to the edge of the usual range (two-sigma lines)',
        target: 'Target',
        phase: 'A new phase: the work changed here, and the lines start again',
        cycle: 'A PDSA cycle starts here (each mark links to its cycle)',
        withheld: 'A value withheld because fewer than 10 people were counted',
      },
      tone: { improvement: 'better', concern: 'worse', mixed: 'better and worse' },
      /** A flagged point's legend entry: "Beyond the usual range, better". */
      marker: (rule: string, tone: string) => `${rule}, ${tone}`,
      newPhase: 'New phase',
      targetLabel: (value: string) => `Target ${value}`,
      cycleMark: (title: string, date: string) => `PDSA cycle: ${title}, started ${date}`,
      cyclesHeading: 'PDSA cycles that watched this measure',
      cyclesIntro: 'Each is marked on the chart where it started.',
      noCycles: 'No published PDSA cycle has watched this measure yet.',
      started: (date: string) => `started ${date}`,
      tableHeading: 'The data',
      tableSummary: (name: string, rows: number) => `The data table: ${name} (${rows} ${rows === 1 ? 'row' : 'rows'})`,
      tableCaption: (title: string) => `${title}: every value, with the signals each one is part of`,
      columns: { date: 'Date', value: 'Value', n: 'People counted', signals: 'Signals' },
      noSignal: 'none',
      phaseRow: (date: string, label: string | null) => (label ? `From ${date}: ${label}` : `From ${date}: a new phase`),
      downloadsHeading: 'Use the data',
      downloadCsv: 'Download the data (CSV)',
      downloadJson: 'Download the analysis (JSON)',
      downloadsNote: 'Values from fewer than 10 people are withheld: the files leave them, and their counts, empty.',
      howToRead: 'How to read run charts and control charts',
      seeChart: 'See the chart and the data',
    },
    network: {
      label: 'How the partners work together',
      more: 'The two kinds of network',
      sharing:
        'This is a sharing network. Its members tell each other what they learn, and each school or district decides for itself what to do with it.',
      execution:
        'This is an execution network. Its members work toward one shared goal: they measure progress the same way, try out changes in small, planned tests, and learn from each other’s results.',
    },
  },
  improvementPage: {
    title: 'How we show improvement work',
    description:
      'Some partnerships do not only study a problem: schools work on it together and publish how. Here is how to read their aims, driver diagrams, tests and the status of each change.',
    contents: 'On this page',
    sections: [
      {
        id: 'networks',
        heading: 'Schools improving together',
        paragraphs: [
          'In an improvement network, several schools or districts pick one problem, agree on what “better” would look like, and try changes in small steps. Each school tests a change, looks at what happened, and tells the others. A change that works in one school is tried in the next one, and adjusted to fit.',
          'We call a partnership where members work on one shared aim, with the same measures and coordinated tests, an execution network. A sharing network is looser: its members tell each other what they learn, and each acts on its own. Each alliance’s page says which kind it is.',
        ],
      },
      {
        id: 'aims',
        heading: 'The aim and its measures',
        paragraphs: [
          'An aim says how much things should improve, for whom, and by when, such as “85 in every 100 ninth graders on track to graduate by June 2028”. Its target is a number on one measure.',
          'Outcome measures show whether the aim is being met. Process measures show whether the changes are really happening. Balancing measures watch for harm elsewhere: a change that helps one thing can make another worse.',
        ],
      },
      {
        id: 'charts',
        heading: 'Reading a measure’s chart: real change or chance?',
        paragraphs: [
          'Every measure goes up and down from month to month, even when nothing changes. Each chart answers one question: is this real change, or the usual ups and downs? It uses the rules improvement teams use, and says the answer in plain words above the chart.',
          'A run chart draws the values in date order around a middle line: the median of the first values, called the baseline. If many values in a row sit on one side of that line, or the line is crossed far less often than chance would give, something has changed. How many is “many” depends on how many values there are (the Anhøj rules), and the chart needs at least 10 values off the middle line before it can tell.',
          'A control chart (XmR) also draws the edges of the usual range, worked out from how much each value moves from the one before. A value beyond an edge, two of three values close to an edge, seven or more in a row on one side of the average, or seven or more rising or falling in a row is a signal of real change (the rules of the NHS “Making Data Count” programme). Each value that signals is drawn larger and in another shape: blue when it is a change for the better, orange when it is a change for the worse.',
          'Where the work changed, a chart may start a new phase: its lines are worked out again from the values after the change, and the page says how the usual level moved. Marks along the top show when each PDSA cycle that watched the measure began, and each links to its cycle.',
          'With a target, a control chart also says whether things, as they run now, will meet it every time, never, or only some of the time.',
          'A value that comes from fewer than 10 people is never published: the chart leaves a gap, with a small circle on the axis, and the table and the data files say it is withheld. It counts as a missing value.',
        ],
      },
      {
        id: 'drivers',
        heading: 'Reading a driver diagram',
        paragraphs: [
          'A driver diagram is the network’s theory of how to reach its aim, read from left to right. Next to the aim are a few primary drivers: the big things that must change. Each has secondary drivers: the places in daily work where that change can happen. Next to those are the change ideas the schools are testing.',
          'The diagram is a best guess, not a proof. It changes as the tests show which ideas help.',
        ],
      },
      {
        id: 'pdsa',
        heading: 'Small tests: plan, do, study, act',
        paragraphs: [
          'Each test of a change is a PDSA cycle. Plan: the team writes down a question, what it will do, and what it predicts will happen. Do: it tries the change, often with a few students or one class for a few weeks. Study: it compares what happened with the prediction. Act: it decides to adopt the change, adapt it and test again, or abandon it.',
          'Writing the prediction first matters: it is how a team notices when it was wrong, which is often when it learns the most. Each cycle page shows the prediction beside the result.',
          'At each school, cycles on the same change build on each other, from a small first try to everyday use. We show them in order, site by site.',
        ],
      },
      {
        id: 'status',
        heading: 'What a change idea’s status means',
        paragraphs: [
          'Nobody writes a status by hand. At each school it comes from the latest cycle there: while that cycle is still running, the change is “testing”; once it ends, the status is what the team decided.',
          'Adopted: the school keeps doing it as part of the routine. Adapting: the school changed it and will test it again. Abandoned: the school stopped, because it did not work there. Testing: a cycle is still running.',
          'A status says what one school decided from its own tests. It is not the same as an evidence tier, which rates a study of whether a program works. A change idea’s page shows both: the findings behind it, with their tiers, and the status at each school.',
        ],
      },
      {
        id: 'clusters',
        heading: 'Research action clusters',
        paragraphs: [
          'In a large network, members can split the work. A research action cluster takes on one primary driver of the aim: its members test the change ideas under that driver, led by one or more chairs, and bring what they learn back to the whole network.',
        ],
      },
    ],
    browse: 'Browse the improvement work',
  },
  footer: {
    fictional: 'All districts, people and studies on this site are fictional demo content.',
    about: 'An evidence portal for research-practice partnerships.',
    guide: 'Publishing here? Read the guide for researchers',
    feed: 'RSS feed',
    openData: 'Open data (JSON)',
  },
  empty: 'Nothing here yet.',
  evidenceWords,
  measureWords,
};
