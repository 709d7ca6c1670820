/**
 * Where the browser finds Pagefind's search API, so the search page can ask for it in its <head>
 * (while the page is still parsing) and its script can import the same file. Pagefind writes it
 * at the end of `astro build`; the site's link check fails if the file is missing.
 */
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
