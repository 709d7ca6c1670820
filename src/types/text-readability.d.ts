/** The one function of text-readability (which ships no types) that the content check uses. */
declare module 'text-readability' {
  interface Readability {
    /** The Flesch-Kincaid grade level of English text, rounded to one decimal. */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
