/**
 * The words the synthetic corpus is written from (see corpus.ts): programs, places, names,
 * sentence patterns and glossary terms, in the register of the real briefs. Kept apart from the
 * generator so the rules there stay readable. `{slot}` marks are filled by corpus.ts.
 */

/** Districts' problems of practice; past the end of the list they repeat with a grade band. */
export const PROBLEM_TOPICS: readonly { title: string; question: string }[] = [
  { title: 'Chronic absenteeism', question: 'Why do so many students miss ten percent of school days or more?' },
  { title: 'Early literacy', question: 'How do we make sure every child reads well by the end of third grade?' },
  { title: 'Math placement and algebra access', question: 'Who gets to take algebra in eighth grade, and who is left out?' },
  { title: 'The move into ninth grade', question: 'Why do some students fall behind in their first year of high school?' },
  { title: 'English learner progress', question: 'How long does it take our English learners to be reclassified, and why?' },
  { title: 'Teacher retention', question: 'Why do new teachers leave our schools after two or three years?' },
  { title: 'Student wellbeing', question: 'Do our students feel safe and known at school?' },
  { title: 'Family engagement', question: 'How can families take part in decisions about their children\u2019s schools?' },
  { title: 'Graduation and credit recovery', question: 'What helps students who are behind on credits still graduate on time?' },
  { title: 'School discipline', question: 'How can we keep students in class while keeping schools safe?' },
  { title: 'Special education services', question: 'Are students with disabilities getting the support their plans promise?' },
  { title: 'College and career readiness', question: 'Do our graduates leave ready for what they choose to do next?' },
];

export const GRADE_BANDS = ['in elementary schools', 'in middle schools', 'in high schools', 'for newcomer students'] as const;

/** What a district tried: the subject of most briefs and findings. */
export const PROGRAMS = [
  'daily small-group tutoring',
  'attendance mentors',
  'text message reminders to families',
  'a summer reading academy',
  'ninth-grade success teams',
  'online credit recovery',
  'restorative circles',
  'coaching for new teachers',
  'a housing stipend for teachers',
  'student-led conferences',
  'a newcomer vocabulary program',
  'home visits by teachers',
  'later school start times',
  'a free breakfast in the classroom',
  'peer mentoring for ninth graders',
  'a math placement review',
  'after-school robotics clubs',
  'a family liaison in every school',
  'early warning reports for counselors',
  'a four-day tutoring block',
] as const;

export const OUTCOME_PHRASES = [
  'attendance',
  'reading scores',
  'math scores',
  'credits earned in ninth grade',
  'graduation rates',
  'suspensions',
  'how safe students feel at school',
  'how long teachers stay',
  'how often families come to school events',
  'reclassification rates',
] as const;

export const GROUPS = [
  'sixth graders',
  'ninth graders',
  'English learners',
  'students with disabilities',
  'students who started the year behind',
  'first-year teachers',
  'families who speak Spanish at home',
  'students new to the district',
  'third graders',
  'students in small schools',
] as const;

/** Syllables for place and school names, so the vocabulary grows with the corpus as it does in life. */
export const NAME_STARTS = ['Ash', 'Bel', 'Cedar', 'Dun', 'Elm', 'Fair', 'Glen', 'Har', 'Iron', 'Juni', 'Kes', 'Lark', 'Mar', 'North', 'Oak', 'Pine', 'Quar', 'River', 'Stone', 'Thorn', 'Un', 'Vale', 'Wren', 'York'] as const;
export const NAME_MIDDLES = ['', 'en', 'ing', 'a', 'er', 'ley'] as const;
export const NAME_ENDS = ['brook', 'field', 'ford', 'haven', 'hill', 'hollow', 'mont', 'port', 'ridge', 'ton', 'view', 'wood', 'dale', 'crest', 'well', 'moor'] as const;
export const SCHOOL_KINDS = ['Elementary School', 'Middle School', 'High School', 'Academy', 'Community School'] as const;

export const FIRST_NAMES = ['Amina', 'Daniel', 'Grace', 'Hannah', 'Jorge', 'Lena', 'Marcus', 'Maya', 'Priya', 'Rosa', 'Samuel', 'Tomas', 'Aisha', 'Ben', 'Carmen', 'Deshawn', 'Elena', 'Farid', 'Gloria', 'Hiro', 'Ines', 'Jamal', 'Kim', 'Luis', 'Mei', 'Nadia', 'Omar', 'Paula', 'Quinn', 'Rahul'] as const;
export const LAST_NAMES = ['Farah', 'Brandvold', 'Whitfield', 'Liu', 'Castillo', 'Fischer', 'Holloway', 'Okafor', 'Raman', 'Villanueva', 'Adeyemi', 'Ellery', 'Nguyen', 'Garcia', 'Johnson', 'Kowalski', 'Mensah', 'Patel', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Vargas', 'Walsh', 'Yilmaz', 'Zhou'] as const;
export const ROLES = ['Research director', 'Research analyst', 'Assistant superintendent', 'Family and community liaison', 'Data manager', 'Principal', 'Professor of education', 'Graduate researcher'] as const;
export const UNIVERSITIES = ['Lakeshore State University', 'Eastbrook University', 'Northfield College', 'Prairie Valley University'] as const;

/** English sentences; each paragraph is a few of these with the slots filled. */
export const CONTEXT_SENTENCES = [
  'District leaders had heard that {program} works elsewhere, but they did not know whether it would work with their own students.',
  'Fewer than half of {group} at {school} were on track, and the gap between schools was wide.',
  'Principals asked the alliance a plain question: does {program} change {outcome}?',
  'The district spends money on {program} every year, so it wanted to know what it gets back.',
  'Families at {school} told the board that {outcome} mattered more to them than test scores alone.',
  'Teachers were already trying {program} in a few classrooms, and the district wanted to learn from them before spending more.',
  'In {year}, the board set a goal to improve {outcome} for {group} within three years.',
  'The question came from a working group of principals, counselors and parents from {place}.',
] as const;

export const METHOD_SENTENCES = [
  'We compared {group} who took part in {program} with a comparison group of similar students who did not.',
  'A lottery decided which schools started first, which made the study a randomized controlled trial.',
  'We used the baseline scores from the spring before, so the two groups started in the same place.',
  'The study followed {students} students in {schools} schools for one school year.',
  'Researchers also interviewed {schools} principals and visited classrooms at {school}.',
  'Students just above and just below the cut-off score were compared, a regression discontinuity design.',
  'The analysis used statistical controls for earlier test scores and school size.',
  'We read program records, meeting notes and a survey of {students} families.',
] as const;

export const FINDING_SENTENCES = [
  '{Group} who took part saw better {outcome} than the comparison group.',
  'The effect size was {effect}, with a confidence interval from {ciLow} to {ciHigh}.',
  'The difference was about the same in each grade and in each school.',
  'Gains were largest at {school}, where the program started earliest.',
  'We did not find a clear difference in {outcome}, and the result was not statistically significant.',
  'Students who came to more sessions gained more than students who came to fewer.',
  'Teachers said the program was worth the time, though some found it hard to schedule.',
  'On the scale the portal uses, that is about {months} months of progress.',
] as const;

export const MEANING_SENTENCES = [
  'For the district, this is a reason to keep {program} and to watch {outcome} closely as it grows.',
  'Schools that set aside a fixed time for the program did better than schools that fit it in around other work.',
  'The cost is real, and the district will need to decide how to keep staff and training steady.',
  'A program like this needs a clear owner in the central office, or it fades when staff change.',
  'Other districts with fewer staff or less room in the schedule may see smaller gains.',
] as const;

export const LIMIT_SENTENCES = [
  'We measured one year, so we do not yet know whether the gains last.',
  'The study took place in one district, and its schools may differ from yours.',
  'Because schools chose to take part, they may have been more ready for change than others.',
  'Surveys tell us what people think, not yet what students learned.',
] as const;

export const CHALLENGE_SENTENCES = [
  'For years, the partnership shared its results in polished talks that ended with polite applause and little change.',
  'A new superintendent arrived with new priorities, and the study the alliance had planned no longer fit.',
  'Researchers and district staff kept different calendars, and reports often came after the decision was made.',
  'Community members asked why they had not been part of choosing the questions.',
  'The alliance replaced briefings with working sessions in which district teams used the findings to make a real decision.',
  'A funder wanted quick results, while the district needed a study that would take three years.',
  'The partnership wrote a short agreement about who owns the data and who speaks about results.',
  'Both sides said the change asked more of them, and both said it was worth it.',
  'Parents from {place} now sit on the committee that chooses the next questions.',
  'The team meets again three months later to ask what changed and what did not.',
] as const;

export const EVENT_SENTENCES = [
  'Everyone is welcome at this free event: parents, caregivers, students and anyone who cares about the schools.',
  'Researchers and district staff will share, in plain words, what recent studies of {program} found.',
  'Most of the evening is for your questions and ideas, at small tables in your language.',
  'At the end, we will ask what you think the district should study next.',
  'Please register so we can plan enough food and childcare, but you can also just come.',
  'You do not need to know anything about research to take part.',
] as const;

/** Spanish sentences for translations (the portal has a Spanish interface). */
export const SPANISH_SENTENCES = [
  'Los líderes del distrito querían saber si {program} ayuda a sus propios estudiantes.',
  'Comparamos a los estudiantes que participaron con un grupo de comparación de estudiantes parecidos.',
  'El estudio siguió a {students} estudiantes en {schools} escuelas durante un año escolar.',
  'Los estudiantes que participaron faltaron menos a la escuela y aprendieron más.',
  'Las familias dijeron que el programa les dio más confianza en la escuela.',
  'Medimos un solo año, así que todavía no sabemos si los resultados duran.',
  'Las escuelas que reservaron un horario fijo para el programa tuvieron mejores resultados.',
  'Todos son bienvenidos: madres, padres, cuidadores y estudiantes.',
] as const;

export const SPANISH_PROGRAMS = [
  'la tutoría diaria en grupos pequeños',
  'los mentores de asistencia',
  'los mensajes de texto a las familias',
  'la academia de lectura de verano',
  'los equipos de apoyo de noveno grado',
] as const;

/** The glossary the build links into bodies; the sentences above use these terms. */
export const GLOSSARY: readonly { id: string; term: string; aliases: string[]; definition: string }[] = [
  { id: 'effect-size', term: 'Effect size', aliases: ['effect sizes'], definition: 'A number that shows how big a difference a program made, on a common scale so different studies can be compared.' },
  { id: 'randomized-controlled-trial', term: 'Randomized controlled trial', aliases: ['RCT', 'randomized trial'], definition: 'A study where a lottery decides who gets a program, so any later difference is very likely caused by the program.' },
  { id: 'comparison-group', term: 'Comparison group', aliases: ['comparison groups'], definition: 'Students who did not get the program, used to see what would have happened without it.' },
  { id: 'confidence-interval', term: 'Confidence interval', aliases: [], definition: 'The range where the true effect most likely lies. A narrow range means a more precise estimate.' },
  { id: 'baseline', term: 'Baseline', aliases: [], definition: 'Where students started before a program began, such as last year\u2019s test score.' },
  { id: 'statistical-controls', term: 'Statistical controls', aliases: [], definition: 'Ways of taking account of differences between groups, such as earlier scores, so a comparison is fairer.' },
  { id: 'regression-discontinuity', term: 'Regression discontinuity', aliases: [], definition: 'A study that compares students just above and just below a cut-off score.' },
  { id: 'statistically-significant', term: 'Statistically significant', aliases: ['statistical significance'], definition: 'A result unlikely to be due to chance alone. It says nothing about whether the effect is large.' },
  { id: 'chronic-absenteeism', term: 'Chronic absenteeism', aliases: [], definition: 'Missing ten percent or more of school days for any reason, about 18 days a year.' },
  { id: 'months-of-progress', term: 'Months of progress', aliases: [], definition: 'An effect size shown as the extra months of learning a typical student would gain.' },
];
