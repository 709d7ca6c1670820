/**
 * A one-line page served on 127.0.0.1: the floor against which a page's browser timings are
 * read. Whatever a blank page takes (starting a renderer, parsing, a first layout) no page of
 * ours can take less, and on a slow or busy machine that floor itself rises.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BLANK_PAGE =
  '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="description" content="A blank page."><title>Blank</title><p>Blank page.</p></html>';

export interface BlankPageServer {
  url: string;
  close(): Promise<void>;
}

export async function serveBlankPage(): Promise<BlankPageServer> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(BLANK_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
