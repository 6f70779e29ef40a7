/**
 * A generated story far larger than ours: a corridor of rooms with three or more choices each, gold
 * that piles up along every path, "start over" loops, a trapdoor that is a dead end deep down, and a
 * treasure at the far end. Its states never run out, so only the caps stop the exploration.
 */
export function largeStory(rooms: number): string {
  const lines = ['# title: The long corridor', '# id: long-corridor', 'VAR gold = 0', '-> room_0', ''];
  for (let r = 0; r < rooms; r++) {
    const next = r + 1 < rooms ? `room_${r + 1}` : 'treasure';
    lines.push(`=== room_${r} ===`, `Room ${r}. You carry {gold} gold.`);
    lines.push('+ [Walk on #lead:empower]', '    ~ gold = gold + 1', `    -> ${next}`);
    lines.push('+ [Run on #manage:control]', '    ~ gold = gold + 2', `    -> ${next}`);
    lines.push('+ [Look around #lead:ask]', `    -> ${next}`);
    if (r > 0 && r % 10 === 0) lines.push('+ [Start over #manage:tell]', '    -> room_0');
    if (r === Math.floor(rooms * 0.8)) lines.push('+ [Open the trapdoor #manage:push]', '    -> trapdoor');
    lines.push('');
  }
  lines.push('=== trapdoor ===', 'You fall into the dark.', '', '=== treasure ===', 'You find the treasure. #ending: treasure', '-> END', '');
  return lines.join('\n');
}
