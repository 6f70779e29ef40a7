import { describe, expect, it } from 'vitest';
import { DeferredAudio, FRESH_CUE_MS } from '../../../src/core/audio/deferred-audio.ts';
import { recordingAudio } from '../../support/audio.ts';

describe('DeferredAudio', () => {
  it('hands over the settings first, then the unlock, the place, the music and the recent cues', () => {
    let now = 1000;
    const deferred = new DeferredAudio({ now: () => now });
    deferred.setAmbience('office');
    deferred.playCue('message');
    deferred.setMusic('calm');
    deferred.setVolume('master', 0.5);
    deferred.setVolume('music', 0.2);
    deferred.setVolume('master', 0.4);
    deferred.setMuted(false);
    deferred.unlock();
    deferred.setAmbience('cafe');
    now += 200;
    const real = recordingAudio();
    deferred.connect(real);
    expect(real.calls).toEqual(['volume master 0.4', 'volume music 0.2', 'muted false', 'unlock', 'ambience cafe', 'music calm', 'cue message']);
    expect(deferred.connected).toBe(true);
  });

  it('drops a cue asked for too long before the sound was ready, rather than playing it late', () => {
    let now = 0;
    const deferred = new DeferredAudio({ now: () => now });
    deferred.playCue('phone');
    now += FRESH_CUE_MS + 1;
    deferred.playCue('door');
    const real = recordingAudio();
    deferred.connect(real);
    expect(real.calls).toEqual(['cue door']);
  });

  it('hands over nothing that was never asked, and passes everything straight on once connected', () => {
    const deferred = new DeferredAudio({ now: () => 0 });
    const real = recordingAudio();
    deferred.connect(real);
    expect(real.calls).toEqual([]);
    deferred.setAmbience(undefined);
    deferred.playCue('knock');
    deferred.setMuted(true);
    deferred.connect(recordingAudio()); // a second connect changes nothing
    deferred.unlock();
    expect(real.calls).toEqual(['ambience none', 'cue knock', 'muted true', 'unlock']);
  });
});
