import { describe, expect, it } from 'vitest'
import { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX, quantityError } from './quantity'

// apimachinery pkg/api/resource/quantity.go (`ParseQuantity`, `parseQuantityString`) and
// suffix.go (`interpret`); the error texts are its ErrFormatWrong, ErrNumeric, ErrSuffix.
describe('quantityError', () => {
  it.each([
    ['0', null],
    ['100m', null],
    ['1Gi', null],
    ['1.5', null],
    ['0.5Mi', null],
    ['1e3', null],
    ['1E', null],
    ['1e+21', null],
    ['-1', null],
    ['+', null],
    [' 2 ', null],
    ['1.', null],
    ['', ERR_FORMAT_WRONG],
    ['1Gb', ERR_FORMAT_WRONG],
    ['true', ERR_FORMAT_WRONG],
    ['abc', ERR_FORMAT_WRONG],
    ['1 Gi', ERR_FORMAT_WRONG],
    ['1GG', ERR_SUFFIX],
    ['1KB', ERR_FORMAT_WRONG],
    ['1K', ERR_SUFFIX],
    ['1mi', ERR_SUFFIX],
    ['m', ERR_NUMERIC],
    ['.', ERR_NUMERIC],
  ])('%j -> %s', (text, error) => {
    expect(quantityError(text)).toBe(error)
  })
})
