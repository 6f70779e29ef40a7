/** What the title screen should offer, given the save found and the stories this build contains. */
import type { SaveFile, SaveProblem } from './save-file.ts';
import type { SaveStatus } from './save-store.ts';

export interface KnownStory {
  readonly id: string;
  readonly hash: string;
}

export type ResumeOffer =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'resume'; readonly save: SaveFile }
  /** The story was edited since the save: its position may no longer exist. */
  | { readonly kind: 'story-changed'; readonly save: SaveFile }
  /** This build has no story with the save's id. */
  | { readonly kind: 'story-missing'; readonly save: SaveFile }
  | { readonly kind: 'unreadable'; readonly problem: SaveProblem }
  | { readonly kind: 'no-storage' };

export function resumeOffer(status: SaveStatus, stories: readonly KnownStory[]): ResumeOffer {
  switch (status.kind) {
    case 'none':
      return { kind: 'nothing' };
    case 'no-storage':
      return { kind: 'no-storage' };
    case 'unreadable':
      return { kind: 'unreadable', problem: status.problem };
    case 'found': {
      const story = stories.find((s) => s.id === status.save.storyId);
      if (!story) return { kind: 'story-missing', save: status.save };
      return story.hash === status.save.storyHash ? { kind: 'resume', save: status.save } : { kind: 'story-changed', save: status.save };
    }
  }
}
