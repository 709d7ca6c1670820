/** Interface strings in English. Another language is a file of the same shape beside this one. */
export const en = {
  siteName: 'Partnership Evidence Portal',
  siteTagline: 'What our research alliances have learned, with honest labels for how strong the evidence is.',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    briefs: 'Briefs',
    findings: 'Findings',
    challenges: 'Challenges',
    events: 'Events',
    problems: 'Problems',
    glossary: 'Glossary',
  },
  search: { label: 'Search the portal', button: 'Search', placeholder: 'attendance, tutoring…' },
  types: { brief: 'Research brief', finding: 'Finding', challenge: 'Challenge note', event: 'Event' },
  typesPlural: { briefs: 'Research briefs', findings: 'Findings', challenges: 'Challenge notes', events: 'Events' },
  pending: {
    draft: 'Draft: not published. Only you can see this page.',
    review: 'In review: not published yet.',
    embargoed: 'Embargoed: not public until',
  },
  meta: {
    published: 'Published',
    updated: 'Updated',
    authors: 'Written by',
    presenters: 'Presenters',
    audiences: 'For',
    problems: 'Problems of practice',
    alliance: 'Alliance',
    related: 'Related',
    when: 'When',
  },
  footer: {
    fictional: 'All districts, people and studies on this site are fictional demo content.',
    about: 'An evidence portal for research-practice partnerships.',
  },
  empty: 'Nothing here yet.',
};

export type UiStrings = typeof en;
