import { describe, expect, it } from 'vitest';
import { ALL_COLLECTIONS } from '../../../../src/lib/collections.ts';
import { BODY_FIELD, fileFormat } from '../../../../src/lib/editor/names.ts';
import { describeContentModel } from '../../../../src/schemas/describe.ts';

/** The formats Decap registers itself: a custom format must not take one of their names. */
const DECAP_FORMATS = ['yml', 'yaml', 'toml', 'json', 'frontmatter', 'yaml-frontmatter', 'toml-frontmatter', 'json-frontmatter'];

describe('fileFormat', () => {
  it.each([
    ['briefs', 'portal-briefs'],
    ['change-ideas', 'portal-change-ideas'],
    ['people', 'portal-people'],
  ])('names the format of %s %s', (collection, format) => {
    expect(fileFormat(collection)).toBe(format);
  });

  it("gives every collection its own format, none of them one of Decap's", () => {
    const formats = ALL_COLLECTIONS.map(fileFormat);
    expect(new Set(formats).size).toBe(ALL_COLLECTIONS.length);
    expect(formats.filter((format) => DECAP_FORMATS.includes(format))).toEqual([]);
  });
});

describe('BODY_FIELD', () => {
  it('is "body"', () => {
    expect(BODY_FIELD).toBe('body');
  });

  it('is the name of no front matter field, so the editor never mistakes one for the body', () => {
    const fieldNames = describeContentModel().collections.flatMap((collection) =>
      collection.allFields.filter((field) => field.depth === 0).map((field) => `${collection.name}.${field.path}`),
    );
    expect(fieldNames.length).toBeGreaterThan(ALL_COLLECTIONS.length);
    expect(fieldNames.filter((name) => name.endsWith(`.${BODY_FIELD}`))).toEqual([]);
  });
});
