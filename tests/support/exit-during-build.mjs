/**
 * Loaded with `node --import` into a build: the first brief page Astro writes ends the process
 * with exit code 0, as a `{process.exit(0)}` in a body did before bodies became data. The build
 * must still report failure.
 */
import fs from 'node:fs';

const writeFile = fs.promises.writeFile;
fs.promises.writeFile = async function (file, ...rest) {
  if (/[\\/]briefs[\\/][^\\/]+[\\/]index\.html$/.test(String(file))) process.exit(0);
  return writeFile.call(this, file, ...rest);
};
