/** The story checker on a .ink file on disk (check.ts does the checking, here and in the browser). */
import { inkFilesOnDisk } from '../ink-compiler.ts';
import { checkSources, type CheckOptions, type StoryReport } from './check.ts';

/** Compile, lint and explore one .ink file. `root` is the folder file names are relative to. */
export function checkStory(path: string, root: string, options: CheckOptions = {}): StoryReport {
  return checkSources(inkFilesOnDisk(path, root), options);
}
