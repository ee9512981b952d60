import { describe, expect, it } from 'vitest';
import { createText, type TextObject } from '../../../shared/model';
import { applyTextCase, textInput } from '../../../shared/render/text-frame';

const text = (extra: Partial<TextObject> = {}): TextObject => ({ ...(createText('s1', { x: 10, y: 20 }) as TextObject), ...extra });

describe('text object → text engine input', () => {
  it('maps the frame: box, font, sizes, fitting, alignment and spacing', () => {
    const { frame } = textInput(
      text({ width: 144, height: 36, font: 'lora-regular', fontSize: 30, minFontSize: 8, fit: 'shrink', wrap: true, maxLines: 2, align: 'right', verticalAlign: 'bottom', tracking: 50, lineSpacing: 1.2 }),
    );
    expect(frame).toEqual({
      box: { width: 144, height: 36 },
      font: 'lora-regular',
      size: 30,
      fit: 'shrink',
      minSize: 8,
      wrap: true,
      maxLines: 2,
      align: 'right',
      verticalAlign: 'bottom',
      tracking: 50,
      lineSpacing: 1.2,
    });
  });

  it('leaves out what the model leaves open: no line limit, no arc', () => {
    const { frame } = textInput(text({ maxLines: null, path: null }));
    expect(frame).not.toHaveProperty('maxLines');
    expect(frame).not.toHaveProperty('path');
  });

  it('puts an arc on the circle centred on the box, as the model says', () => {
    const { frame } = textInput(text({ path: { kind: 'arc', side: 'bottom', radius: 80, angle: 180, sweep: 120 } }));
    expect(frame.path).toEqual({ side: 'bottom', radius: 80, angle: 180, sweep: 120 });
  });

  it('lays out the text with its case applied', () => {
    expect(textInput(text({ text: 'zoë o’neil', textCase: 'upper' })).text).toBe('ZOË O’NEIL');
    expect(textInput(text({ text: 'zoë o’neil', textCase: 'none' })).text).toBe('zoë o’neil');
  });
});

describe('text case', () => {
  it('maps case without the machine’s locale (no Turkish dotless i on a Turkish system)', () => {
    expect(applyTextCase('istanbul', 'upper')).toBe('ISTANBUL');
    expect(applyTextCase('Straße', 'upper')).toBe('STRASSE');
    expect(applyTextCase('ZOË', 'lower')).toBe('zoë');
  });

  it('capitalizes the first letter of each word and keeps the rest as typed', () => {
    expect(applyTextCase('emma mcKay', 'title')).toBe('Emma McKay');
    expect(applyTextCase("jean-luc o'neil", 'title')).toBe("Jean-Luc O'neil");
    expect(applyTextCase('happy 30th birthday', 'title')).toBe('Happy 30th Birthday');
    expect(applyTextCase('émilie ångström', 'title')).toBe('Émilie Ångström');
  });

  it('leaves field tokens as typed: their case names the field', () => {
    expect(applyTextCase('hello {{first_name}}!', 'upper')).toBe('HELLO {{first_name}}!');
    expect(applyTextCase('{{Name}} and {{ other }}', 'lower')).toBe('{{Name}} and {{ other }}');
    expect(applyTextCase('dear {{name}}', 'title')).toBe('Dear {{name}}');
  });
});
