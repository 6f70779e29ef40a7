/** Turns the story's tags into sound: `#scene` sets the ambience, `#sfx` plays a cue, `#music` changes the music. */
import type { AudioPort } from '../ports.ts';
import type { Session } from '../session.ts';
import type { StoryLine } from '../story/runner.ts';

export type SoundCommand =
  | { readonly kind: 'ambience'; readonly scene: string }
  | { readonly kind: 'cue'; readonly cue: string }
  | { readonly kind: 'music'; readonly state: string };

/** The sound commands of some lines, in the order they occur. */
export function soundCommandsFor(lines: readonly StoryLine[]): SoundCommand[] {
  return lines.flatMap((line) =>
    line.tags.flatMap((tag): SoundCommand[] => {
      if (tag.kind === 'scene') return [{ kind: 'ambience', scene: tag.scene }];
      if (tag.kind === 'sfx') return [{ kind: 'cue', cue: tag.cue }];
      if (tag.kind === 'music') return [{ kind: 'music', state: tag.state }];
      return [];
    }),
  );
}

export function playSoundCommands(audio: AudioPort, commands: readonly SoundCommand[]): void {
  for (const command of commands) {
    if (command.kind === 'ambience') audio.setAmbience(command.scene);
    else if (command.kind === 'cue') audio.playCue(command.cue);
    else audio.setMusic(command.state === 'off' ? undefined : command.state);
  }
}

/**
 * Play each beat's sounds as it arrives; stop the music and ambience when the story ends. `schedule`
 * decides when that work runs: at once by default; the browser passes one that waits until the beat's
 * text is painted, so starting a sound never delays the text. It must keep the order it is given.
 */
export function attachStorySound(session: Session, audio: AudioPort, schedule: (work: () => void) => void = (work) => work()): () => void {
  const offBeat = session.events.on('beat', (beat) => {
    const commands = soundCommandsFor(beat.lines);
    if (commands.length > 0) schedule(() => playSoundCommands(audio, commands));
  });
  const offEnd = session.events.on('ended', () =>
    schedule(() => {
      audio.setMusic(undefined);
      audio.setAmbience(undefined);
    }),
  );
  return () => {
    offBeat();
    offEnd();
  };
}
