import { dragObject } from './support/canvas';
import { describe, expect, it } from './support/fixtures';
import { layers } from './support/panels';

describe('groups', () => {
  it('groups two objects, moves and copies them as one, ungroups, and undoes each step', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add ellipse').click();
    const [rect, ellipse] = (await studio.design()).objects;
    await layers(studio).getByRole('button', { name: 'Rectangle', exact: true }).click();
    await layers(studio).getByRole('button', { name: 'Ellipse', exact: true }).click({ modifiers: ['Shift'] });
    expect(await studio.selection()).toHaveLength(2);

    await studio.page.keyboard.press('Control+G');
    const grouped = (await studio.design()).objects;
    const groupId = grouped[0]!.groupId;
    expect(groupId).toBeTruthy();
    expect(grouped[1]!.groupId).toBe(groupId);
    expect(await studio.undoStep()).toBe('Undo Group');
    await layers(studio).getByRole('button', { name: 'Group of 2' }).waitFor();

    // Pressing on one member picks the group: the same drag moves both.
    const pasteboard = await studio.canvasBox();
    await studio.page.mouse.click(pasteboard.x + 8, pasteboard.y + 8);
    expect(await studio.selection()).toEqual([]);
    const { zoom } = await studio.view();
    await dragObject(studio, ellipse!, 40, 20);
    const moved = (await studio.design()).objects;
    for (const [i, o] of moved.entries()) {
      expect(o.x).toBeCloseTo(grouped[i]!.x + 40 / zoom, 1);
      expect(o.y).toBeCloseTo(grouped[i]!.y + 20 / zoom, 1);
    }
    expect(await studio.undoStep()).toBe('Undo Move');
    expect(await studio.selection()).toHaveLength(2);

    // A copy of the group is a new group of its own.
    await studio.page.keyboard.press('d');
    const copies = (await studio.design()).objects.slice(2);
    expect(copies).toHaveLength(2);
    expect(copies[0]!.groupId).toBeTruthy();
    expect(copies[0]!.groupId).not.toBe(groupId);
    expect(copies[1]!.groupId).toBe(copies[0]!.groupId);
    await studio.page.keyboard.press('Control+Z');

    await layers(studio).getByRole('button', { name: 'Group of 2' }).click();
    await layers(studio).getByRole('button', { name: 'Ungroup selected layers' }).click();
    expect((await studio.design()).objects.map((o) => o.groupId)).toEqual([undefined, undefined]);
    expect(await studio.undoStep()).toBe('Undo Ungroup');

    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual(moved);
    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual(grouped);
    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual([rect, ellipse]);
  });
});
