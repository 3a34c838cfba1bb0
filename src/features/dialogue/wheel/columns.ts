export interface Column {
  month: number;
  middle: number;
  day: number;
  radius: number;
  width: number;
  height: number;
}

/**
 * Neighbouring months' columns may touch where the wheel is narrow (a full May beside June): turn
 * each pair apart within their sectors (up to 9 days from the middle), then move the later one
 * outwards and the earlier one inwards, until their boxes are 4 px apart.
 */
export function separateColumns(
  columns: Column[],
  at: (radius: number, day: number) => { x: number; y: number },
  limits: { hub: number; inner: number },
) {
  const box = (c: Column) => {
    const p = at(c.radius, c.day);
    return { left: p.x - c.width / 2 - 2, right: p.x + c.width / 2 + 2, top: p.y - c.height / 2 - 2, bottom: p.y + c.height / 2 + 2 };
  };
  const overlap = (a: Column, b: Column) => {
    const [p, q] = [box(a), box(b)];
    return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
  };
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < columns.length; i++) {
      const a = columns[i];
      const b = columns[(i + 1) % columns.length];
      if (a === b || (b.month - a.month + 12) % 12 !== 1 || !overlap(a, b)) continue;
      moved = true;
      if (a.middle - a.day < 9 && b.day - b.middle < 9) {
        a.day -= 1;
        b.day += 1;
        continue;
      }
      if (b.radius + b.height / 2 < limits.inner - 8) b.radius += 3;
      if (a.radius - a.height / 2 > limits.hub + 12) a.radius -= 3;
    }
    if (!moved) return;
  }
}
