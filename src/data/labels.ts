/**
 * Human labels for ids (audience labels, problem titles, alliance and people names) and links to
 * their pages in one interface language: audiences and problems in their YAML translation where
 * there is one, alliances and people by name as written. Ids are checked to exist, so a missing
 * label is a bug; we fall back to the id.
 */
import { DEFAULT_LANG, taxonomyUrl, type TaxonomyCollection } from '../lib/collections.ts';
import { audienceText, langIfOther, problemText } from '../lib/translations.ts';
import { taxonomyById, once } from './entries.ts';

export interface LinkItem {
  href: string;
  label: string;
  /** The label's language, when it is not the language of the page the link is on. */
  lang?: string | undefined;
}

export interface Labels {
  /** Each id's label and the link to its page, in the language the labels were asked for. */
  links(collection: Exclude<TaxonomyCollection, 'glossary'>, ids: readonly string[]): LinkItem[];
}

interface Label {
  text: string;
  /** The language `text` is in; undefined for a person's name, which is no language's. */
  lang: string | undefined;
}

export function labelsFor(lang: string = DEFAULT_LANG): Promise<Labels> {
  return once(`labels:${lang}`, () => load(lang));
}

async function load(lang: string): Promise<Labels> {
  const [audiences, problems, alliances, people] = await Promise.all([
    taxonomyById('audiences'),
    taxonomyById('problems'),
    taxonomyById('alliances'),
    taxonomyById('people'),
  ]);
  /** Text as written in its YAML, in the default language. */
  const asWritten = (text: string | undefined, id: string): Label => ({ text: text ?? id, lang: DEFAULT_LANG });
  const label: Record<Exclude<TaxonomyCollection, 'glossary'>, (id: string) => Label> = {
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
    people: (id) => ({ text: people.get(id)?.data.name ?? id, lang: undefined }),
  };
  return {
    // Every taxonomy page exists in every interface language.
    links: (collection, ids) =>
      ids.map((id) => {
        const { text, lang: textLang } = label[collection](id);
        return { href: taxonomyUrl(collection, id, lang), label: text, lang: textLang && langIfOther(textLang, lang) };
      }),
  };
}
