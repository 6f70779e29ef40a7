/**
 * Keep every pixel Phaser draws inside one rectangle, for a frame that redraws part of the canvas.
 *
 * Phaser sets the WebGL scissor itself (each camera clips to its viewport) and remembers what it set,
 * so this wraps the context's scissor calls: while clamped, whatever box Phaser asks for is cut down
 * to the rectangle and the scissor test stays on; when the frame ends, the context is put back in
 * exactly the state Phaser believes it is in. Clears are clipped by the scissor too, so the part
 * redrawn starts from the background colour like a whole frame does.
 */
export interface ScissorClamp {
  /** Clip everything drawn until `release` to x, y, width, height, in canvas pixels from the top left. */
  clamp(x: number, y: number, width: number, height: number): void;
  release(): void;
}

type Box = readonly [number, number, number, number];

export function scissorClamp(gl: WebGLRenderingContext | WebGL2RenderingContext): ScissorClamp {
  const raw = { scissor: gl.scissor.bind(gl), enable: gl.enable.bind(gl), disable: gl.disable.bind(gl) };
  // What Phaser last asked for. Read from the context once, here, and followed from then on:
  // reading it back each frame (getParameter, isEnabled) makes the page wait for the GPU process
  // to finish all it was given, which on software WebGL cost more than the drawing saved.
  const start = gl.getParameter(gl.SCISSOR_BOX) as Int32Array;
  const asked = { box: [start[0] ?? 0, start[1] ?? 0, start[2] ?? 0, start[3] ?? 0] as Box, enabled: gl.isEnabled(gl.SCISSOR_TEST) };
  let limit: Box | undefined; // while clamped, in WebGL's coordinates: from the bottom left

  const apply = (limit: Box) => {
    const [x, y, w, h] = asked.enabled ? asked.box : [0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight];
    const x0 = Math.max(x, limit[0]);
    const y0 = Math.max(y, limit[1]);
    const x1 = Math.min(x + w, limit[0] + limit[2]);
    const y1 = Math.min(y + h, limit[1] + limit[3]);
    raw.scissor(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  };

  gl.scissor = (x: number, y: number, width: number, height: number) => {
    asked.box = [x, y, width, height];
    if (limit) apply(limit);
    else raw.scissor(x, y, width, height);
  };
  gl.enable = (cap: GLenum) => {
    if (cap !== gl.SCISSOR_TEST) return raw.enable(cap);
    asked.enabled = true;
    if (limit) apply(limit);
    else raw.enable(cap);
  };
  gl.disable = (cap: GLenum) => {
    if (cap !== gl.SCISSOR_TEST) return raw.disable(cap);
    asked.enabled = false;
    if (limit) apply(limit);
    else raw.disable(cap);
  };

  return {
    clamp(x, y, width, height) {
      limit = [x, gl.drawingBufferHeight - (y + height), width, height];
      raw.enable(gl.SCISSOR_TEST);
      apply(limit);
    },
    release() {
      if (!limit) return;
      limit = undefined;
      const [x, y, w, h] = asked.box;
      raw.scissor(x, y, w, h);
      if (asked.enabled) raw.enable(gl.SCISSOR_TEST);
      else raw.disable(gl.SCISSOR_TEST);
    },
  };
}
