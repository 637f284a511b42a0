import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import * as preview from '../../.storybook/preview.tsx';
import * as headless from '../../stories/Headless.stories.tsx';
import * as parts from '../../stories/Parts.stories.tsx';
import * as flow from '../../stories/SignUp.stories.tsx';
import { expectNoAxeViolations } from './axe.ts';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

const FILES = { flow, headless, parts };

// Every story of every file: rendered, its play function run, and axe-checked.
describe.each(Object.entries(FILES))('stories: %s', (_file, module) => {
  const stories = Object.entries(composeStories(module));
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders, plays and passes axe', async (_name, Story) => {
    const { container } = render(<Story />);
    await Story.play?.({ canvasElement: container });
    await expectNoAxeViolations(container);
  });
});
