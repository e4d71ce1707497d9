import { describe, expect, test } from 'vitest';
import { afterPrefix, labelEquals, labelStartsWith, normalizeLabel } from './labels';

const table = { en: ['Write a caption', 'Comment as'], es: ['Escribe un pie de foto', 'Comentar como'] };

describe('labels', () => {
  test('normalizing folds case, whitespace and the ellipsis character', () => {
    expect(normalizeLabel('  Write a  caption…  ')).toBe('write a caption...');
  });

  test('prefixes match in every language of the table', () => {
    expect(labelStartsWith('Write a caption...', table)).toBe(true);
    expect(labelStartsWith('write a caption…', table)).toBe(true);
    expect(labelStartsWith('Escribe un pie de foto…', table)).toBe(true);
    expect(labelStartsWith('Bildunterschrift verfassen …', table)).toBe(false);
    expect(labelStartsWith(null, table)).toBe(false);
  });

  test('buttons match whole labels only', () => {
    const buttons = { en: ['Post'], es: ['Publicar'] };
    expect(labelEquals(' post ', buttons)).toBe(true);
    expect(labelEquals('Publicar', buttons)).toBe(true);
    expect(labelEquals('Post settings', buttons)).toBe(false);
  });

  test('afterPrefix returns the acting name from "Comment as <Name>"', () => {
    expect(afterPrefix('Comment as Cedar Valley Schools', table)).toBe('Cedar Valley Schools');
    expect(afterPrefix('Comentar como Alex Rivera', table)).toBe('Alex Rivera');
    expect(afterPrefix('Message', table)).toBeNull();
  });
});
