// Injected by bench/run.ts into every page it measures (the game and the floor), before the page's
// own scripts. Plain JavaScript, run as is. It watches the performance marks the pages set (see
// src/presentation/perf-marks.ts) and the player's keys, and keeps what the bench reads back:
//   marks:    every mark, with its time (ms since navigation start);
//   choices:  for each choice, the time from the key press to the choice being taken (choice-made),
//             to the next text being in the page (text-shown), and to the start of the next frame
//             after that (when the browser paints it);
//   pages:    the same for turning a page (→, Enter), which has no choice-made;
//   opens:    the same for opening a scenario (its key on the select screen) up to its first text;
//   keys:     every key pressed, with its time; selectShown: when the scenario list appeared;
//   frames(ms): the requestAnimationFrame intervals over the next `ms` milliseconds, and how many of
//             those frames drew on a canvas (WebGL draw calls, counted here);
//   settled(): a promise that resolves when the page has painted and gone idle;
//   still(ms): a promise that resolves when nothing on the page has moved for `ms` (no animation of
//             the HTML running, no draw on a canvas): a reader who has read the page. It fails
//             after 10 s of movement rather than wait for ever on an endless animation;
//   phase:    set by the driver, and kept on each sample: 'play' (the figures of record), 'still'
//             (keys pressed on a still screen), 'traced' (a play-through under a trace).
/* global window, document, requestAnimationFrame, MutationObserver */
(() => {
  const TITLE_SIGNAL = 'bench-probe: title-interactive';
  const probe = { marks: [], choices: [], pages: [], opens: [], keys: [], selectShown: [], counts: {}, phase: 'play' };
  let input; // the key pressed last, until the text it brought is shown
  let made; // the time of choice-made, for the input above

  window.addEventListener('keydown', (event) => {
    if (!event.repeat) {
      probe.keys.push({ key: event.key, at: event.timeStamp });
      input = { key: event.key, at: event.timeStamp };
      made = undefined;
    }
  }, { capture: true });
  // A click (the driver's "Play again") is not a key: the text it brings is not a key's answer.
  window.addEventListener('pointerdown', () => {
    input = undefined;
    made = undefined;
  }, { capture: true });

  // The frame after each text-shown mark, caught as the mark is made: observers hear of marks a task or
  // more later, and a frame asked for then would be a later one.
  const frameAfter = new Map(); // mark time → when the next frame began
  const awaitingFrame = new Map(); // mark time → the sample still waiting for that frame
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (name === 'text-shown') {
      requestAnimationFrame(() => {
        const now = performance.now();
        const waiting = awaitingFrame.get(entry.startTime);
        if (waiting) waiting.sample.toFrame = now - waiting.inputAt;
        else frameAfter.set(entry.startTime, now);
        awaitingFrame.delete(entry.startTime);
      });
    }
    return entry;
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      probe.marks.push({ name: entry.name, at: entry.startTime });
      probe.counts[entry.name] = (probe.counts[entry.name] ?? 0) + 1;
      // The driver hears of the title through the console: polling the page for it would run the
      // driver's own scripts on the page's main thread while it loads (see bench/browser.ts).
      if (entry.name === 'title-interactive') console.debug(TITLE_SIGNAL);
      if (entry.name === 'choice-made' && input) made = entry.startTime;
      if (entry.name === 'text-shown' && input) {
        const sample = { key: input.key, toText: entry.startTime - input.at, toFrame: undefined, phase: probe.phase };
        if (made !== undefined) {
          sample.toChoice = made - input.at;
          sample.work = entry.startTime - made;
          probe.choices.push(sample);
        } else if (['ArrowRight', 'PageDown', 'Enter', ' '].includes(input.key)) probe.pages.push(sample);
        else probe.opens.push(sample);
        const frameAt = frameAfter.get(entry.startTime);
        frameAfter.delete(entry.startTime);
        if (frameAt !== undefined) sample.toFrame = frameAt - input.at;
        else awaitingFrame.set(entry.startTime, { sample, inputAt: input.at });
        input = undefined;
        made = undefined;
      }
    }
  }).observe({ type: 'mark', buffered: true });

  // When the scenario list appears (the game and the floor both head it "Choose a scenario").
  new MutationObserver(() => {
    const shown = [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Choose a scenario');
    if (shown && !probe.selectOn) probe.selectShown.push(performance.now());
    probe.selectOn = shown;
  }).observe(document, { childList: true, subtree: true });

  probe.count = (name) => probe.counts[name] ?? 0;
  probe.markTime = (name) => probe.marks.find((mark) => mark.name === name)?.at;
  // Canvas draws, counted at WebGL's draw calls (the game's own bookkeeping is not trusted for this).
  let draws = 0;
  let lastDrawAt = -Infinity;
  for (const context of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!context) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const original = context.prototype[name];
      context.prototype[name] = function countedDraw(...args) {
        draws += 1;
        lastDrawAt = performance.now();
        return original.apply(this, args);
      };
    }
  }
  // The frame intervals over the next `ms`, and in how many of those frames the canvas was drawn to.
  probe.frames = (ms) =>
    new Promise((done) => {
      const deltas = [];
      let last;
      let until;
      let canvasFrames = 0;
      let drawsBefore = draws;
      function frame(now) {
        if (last !== undefined) deltas.push(now - last);
        else until = now + ms;
        last = now;
        if (draws > drawsBefore) canvasFrames += 1;
        drawsBefore = draws;
        if (now < until) requestAnimationFrame(frame);
        else done({ deltas, canvasFrames });
      }
      requestAnimationFrame(frame);
    });
  // Resolves once the page has drawn a frame and then found itself idle: a reader's pause.
  probe.settled = () =>
    new Promise((done) => {
      requestAnimationFrame(() =>
        requestAnimationFrame(() => (window.requestIdleCallback ? window.requestIdleCallback(() => done(true), { timeout: 300 }) : setTimeout(() => done(true), 50))),
      );
    });
  probe.still = (ms) =>
    new Promise((done, fail) => {
      const giveUpAt = performance.now() + 10_000;
      const check = () => {
        const moving = document.getAnimations().some((animation) => animation.playState === 'running');
        if (!moving && performance.now() - lastDrawAt >= ms) done(true);
        else if (performance.now() > giveUpAt) fail(new Error('the screen kept moving for 10 s: no still screen to press a key on'));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  window.__benchProbe = probe;
})();
