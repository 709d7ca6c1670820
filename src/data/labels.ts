/**
 * Human labels for ids (audience labels, problem titles, alliance and people names) and links to
 * their pages, in one interface language: audiences and problems in their YAML translation where
 * there is one, alliances by name as written, all linking to their page in that language; people
 * by name, linking to their pages in the default language (people pages are English only). Ids are checked to exist, so a missing label is a bug;
 * we fall back to the id.
 */
import { DEFAULT_LANG, dataUrl, langPrefix, type DataCollection } from '../lib/collections.ts';
import { audienceText, problemText } from '../lib/translations.ts';
import { dataById, once } from './entries.ts';

export interface LinkItem {
  href: string;
  label: string;
  /** The linked page's language, when it is not the language of the page the link is on. */
  hreflang?: string | undefined;
  /** The label's language, when it is not the language of the page the link is on. */
  lang?: string | undefined;
}

export interface Labels {
  audience(id: string): string;
  problem(id: string): string;
  links(collection: Exclude<DataCollection, 'glossary'>, ids: readonly string[]): LinkItem[];
}

/** Collections whose pages exist in every interface language (src/pages/[...lang]/). */
const LOCALIZED_PAGES: readonly DataCollection[] = ['audiences', 'problems', 'alliances'];

interface Label {
  text: string;
  /** The language `text` is in; undefined for a name, which is no language's. */
  lang: string | undefined;
}

export function labelsFor(lang: string = DEFAULT_LANG): Promise<Labels> {
  return once(`labels:${lang}`, () => load(lang));
}

async function load(lang: string): Promise<Labels> {
  const [audiences, problems, alliances, people] = await Promise.all([
    dataById('audiences'),
    dataById('problems'),
    dataById('alliances'),
    dataById('people'),
  ]);
  /** Text as written in its YAML, in the default language. */
  const asWritten = (text: string | undefined, id: string): Label => ({ text: text ?? id, lang: DEFAULT_LANG });
  const label: Record<Exclude<DataCollection, 'glossary'>, (id: string) => Label> = {
    audiences: (id) => {
      const data = audiences.get(id)?.data;
      if (!data) return asWritten(undefined, id);
      const text = audienceText(data, lang);
      return { text: text.label, lang: text.lang };
    },
    problems: (id) => {
      const data = problems.get(id)?.data;
      if (!data) return asWritten(undefined, id);
      const text = problemText(data, lang);
      return { text: text.title, lang: text.lang };
    },
    alliances: (id) => asWritten(alliances.get(id)?.data.name, id),
    // A person's name is in no language; it needs no lang on any page.
    people: (id) => ({ text: people.get(id)?.data.name ?? id, lang: undefined }),
  };
  const otherThanPage = (value: string | undefined) => (value === lang ? undefined : value);
  return {
    audience: (id) => label.audiences(id).text,
    problem: (id) => label.problems(id).text,
    links: (collection, ids) =>
      ids.map((id) => {
        const { text, lang: textLang } = label[collection](id);
        const localized = LOCALIZED_PAGES.includes(collection);
        return {
          href: localized ? `${langPrefix(lang)}${dataUrl(collection, id)}` : dataUrl(collection, id),
          label: text,
          hreflang: otherThanPage(localized ? lang : DEFAULT_LANG),
          lang: textLang && otherThanPage(textLang),
        };
      }),
  };
}
