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
  // What Phaser last asked for, while clamped (outside a clamp its calls go straight through).
  let asked: { box: Box; enabled: boolean } | undefined;
  let limit: Box = [0, 0, 0, 0]; // in WebGL's coordinates: from the bottom left

  const apply = () => {
    if (!asked) return;
    const [x, y, w, h] = asked.enabled ? asked.box : [0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight];
    const x0 = Math.max(x, limit[0]);
    const y0 = Math.max(y, limit[1]);
    const x1 = Math.min(x + w, limit[0] + limit[2]);
    const y1 = Math.min(y + h, limit[1] + limit[3]);
    raw.scissor(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
  };

  gl.scissor = (x: number, y: number, width: number, height: number) => {
    if (!asked) return raw.scissor(x, y, width, height);
    asked.box = [x, y, width, height];
    apply();
  };
  gl.enable = (cap: GLenum) => {
    if (!asked || cap !== gl.SCISSOR_TEST) return raw.enable(cap);
    asked.enabled = true;
    apply();
  };
  gl.disable = (cap: GLenum) => {
    if (!asked || cap !== gl.SCISSOR_TEST) return raw.disable(cap);
    asked.enabled = false;
    apply();
  };

  return {
    clamp(x, y, width, height) {
      const box = gl.getParameter(gl.SCISSOR_BOX) as Int32Array;
      asked = { box: [box[0] ?? 0, box[1] ?? 0, box[2] ?? 0, box[3] ?? 0], enabled: gl.isEnabled(gl.SCISSOR_TEST) };
      limit = [x, gl.drawingBufferHeight - (y + height), width, height];
      raw.enable(gl.SCISSOR_TEST);
      apply();
    },
    release() {
      if (!asked) return;
      const { box, enabled } = asked;
      asked = undefined;
      raw.scissor(box[0], box[1], box[2], box[3]);
      if (enabled) raw.enable(gl.SCISSOR_TEST);
      else raw.disable(gl.SCISSOR_TEST);
    },
  };
}
