/**
 * The game's own Phaser: the pieces of Phaser 4 that Manage or Lead? uses, bundled from Phaser's
 * sources instead of the prebuilt bundle (about half the size; see docs/performance.md).
 *
 * vite.config.ts resolves `import Phaser from 'phaser'` to this file (the typings stay the package's),
 * resolves `phaser-src/…` to node_modules/phaser/src/…, and defines Phaser's build flags: WebGL only
 * (no Canvas renderer), no sound (Howler plays it), no 3D camera or Facebook Instant plugins.
 *
 * What is here: the game loop, scenes and the scale manager, the WebGL renderer, Graphics, Text,
 * Image and Sprite, tweens and timers, and Phaser.Math and Display.Color (bundled anyway).
 * Requiring a plugin or a factory is what registers it (`this.add.graphics`, `this.tweens`): a
 * feature missing here is missing from the game, in `npm start` as in the build. Add it here when a
 * scene needs it.
 *
 * Left out on purpose: physics, sound, the Canvas renderer, the loader (the pictures are read by
 * src/presentation/play/textures.ts, which can fall back when a file is bad; Phaser's SVG loader
 * throws instead), and Phaser's input plugin for scenes (keys and clicks go to the HTML layer; the
 * game is configured with Phaser's input off). For
 * pointer events on game objects, import 'phaser-src/input/InputPlugin.js' here and turn input on
 * in src/presentation/game.ts.
 */
import CONST from 'phaser-src/const.js';
import Extend from 'phaser-src/utils/object/Extend.js';

import Game from 'phaser-src/core/Game.js';
import Core from 'phaser-src/core/index.js';
import Scene from 'phaser-src/scene/Scene.js';
import Scenes from 'phaser-src/scene/index.js';
import Scale from 'phaser-src/scale/index.js';
import Cameras2D from 'phaser-src/cameras/2d/index.js';
import Events from 'phaser-src/events/index.js';
import Renderer from 'phaser-src/renderer/index.js';
import BlendModes from 'phaser-src/renderer/BlendModes.js';
import ScaleModes from 'phaser-src/renderer/ScaleModes.js';
import Textures from 'phaser-src/textures/index.js';
import Tweens from 'phaser-src/tweens/index.js';
import Time from 'phaser-src/time/index.js';

import DisplayList from 'phaser-src/gameobjects/DisplayList.js';
import UpdateList from 'phaser-src/gameobjects/UpdateList.js';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator.js';
import GameObject from 'phaser-src/gameobjects/GameObject.js';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics.js';
import Image from 'phaser-src/gameobjects/image/Image.js';
import Sprite from 'phaser-src/gameobjects/sprite/Sprite.js';
import Text from 'phaser-src/gameobjects/text/Text.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/image/ImageFactory.js';
import 'phaser-src/gameobjects/sprite/SpriteFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';

import PhaserMath from 'phaser-src/math/index.js';
import Color from 'phaser-src/display/color/Color.js';

const Phaser = Extend(false, {
  Cameras: { Scene2D: Cameras2D },
  Core,
  Events,
  Game,
  GameObjects: { DisplayList, UpdateList, GameObjectFactory, GameObjectCreator, GameObject, Graphics, Image, Sprite, Text },
  Display: { Color },
  Math: PhaserMath,
  BlendModes,
  Renderer,
  Scale,
  ScaleModes,
  Scene,
  Scenes,
  Textures,
  Time,
  Tweens,
}, CONST);

export default Phaser;
