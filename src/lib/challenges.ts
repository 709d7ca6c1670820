import type { ChallengeKind } from './collections.ts';

/** What each challenge of partnership work means, in plain words, for its page and the list. */
export const CHALLENGE_TEXT: Record<ChallengeKind, { title: string; question: string; explanation: string }> = {
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
};
