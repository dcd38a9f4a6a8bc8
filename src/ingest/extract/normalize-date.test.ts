import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, normalizeDate } from './normalize-date.js';

test('normalizeDate reads the usual forms and keeps the written calendar day', () => {
  const cases: Array<[string, string | null]> = [
    ['2024-01-23', '2024-01-23'],
    ['2024-01-23T23:30:00-05:00', '2024-01-23'],
    ['2024/1/5', '2024-01-05'],
    ['20240123', '2024-01-23'],
    ['Tue, 23 Jan 2024 10:00:00 GMT', '2024-01-23'],
    ['January 23, 2024', '2024-01-23'],
    ['Sept. 4, 2023', '2023-09-04'],
    ['23rd of March 2021', '2021-03-23'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDate(input), want, input);
});

test('dateFromUrl finds dates that news URLs carry, and not ids', () => {
  const cases: Array<[string, string | null]> = [
    ['https://www.example.com/World/Asia/2024/0123/Some-story', '2024-01-23'],
    ['https://example.com/2024/01/23/story/', '2024-01-23'],
    ['https://example.com/news/2024/1/18/story', '2024-01-18'],
    ['https://example.com/world/2024/jan/18/story', '2024-01-18'],
    ['https://example.com/world/asia/strikes-on-border-2024-01-18/', '2024-01-18'],
    ['https://example.com/a/20240123/b', '2024-01-23'],
    ['https://example.com/story/202401231234', null],
    ['https://example.com/world-12345678', null],
    ['https://example.com/2024/1399/x', null],
  ];
  for (const [url, want] of cases) assert.equal(dateFromUrl(url), want, url);
});
