/**
 * The one layout of content files (src/lib/entry-file.ts) for each collection, with its field
 * order read from the schemas: what `npm run new`, `npm run format` and the editor's generated
 * configuration use, so none of them keeps an order of its own.
 */
import { ALL_COLLECTIONS, COLLECTION_EXTENSION, type CollectionName } from './collections.ts';
import { fieldOrder, parseEntryFile, writeEntryFile, type EntryFileContent, type FieldOrder } from './entry-file.ts';
import { describeContentModel } from '../schemas/describe.ts';

let orders: Record<CollectionName, FieldOrder> | undefined;

/** Each collection's field order, as its schema declares the fields. */
export function entryOrders(): Record<CollectionName, FieldOrder> {
  if (!orders) {
    const model = describeContentModel();
    orders = Object.fromEntries(
      ALL_COLLECTIONS.map((name) => {
        const doc = model.collections.find((collection) => collection.name === name)!;
        return [name, fieldOrder(doc.allFields, model.blocks)];
      }),
    ) as Record<CollectionName, FieldOrder>;
  }
  return orders;
}

/** A new or changed entry of a collection, written in the layout. */
export function writeEntry(collection: CollectionName, content: EntryFileContent): string {
  return writeEntryFile(content, COLLECTION_EXTENSION[collection], entryOrders()[collection]);
}

/** A file's text rewritten in the layout, its data unchanged. Throws where it does not parse. */
export function formatEntry(collection: CollectionName, text: string): string {
  return writeEntry(collection, parseEntryFile(text, COLLECTION_EXTENSION[collection]));
}
