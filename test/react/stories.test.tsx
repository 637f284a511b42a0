import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import * as preview from '../../.storybook/preview.tsx';
import * as headless from '../../stories/Headless.stories.tsx';
import * as parts from '../../stories/Parts.stories.tsx';
import * as passkey from '../../stories/Passkey.stories.tsx';
import * as flow from '../../stories/SignUp.stories.tsx';
import * as social from '../../stories/Social.stories.tsx';
import { expectNoAxeViolations } from './axe.ts';

const annotations = setProjectAnnotations([preview]);
beforeAll(annotations.beforeAll);

interface Playable {
  (): ReactElement | null;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void> | void;
}

// Every story of every file: rendered, its play function run, and axe-checked.
const FILES: Record<string, Array<[string, Playable]>> = {
  flow: Object.entries(composeStories(flow)) as Array<[string, Playable]>,
  headless: Object.entries(composeStories(headless)) as Array<[string, Playable]>,
  parts: Object.entries(composeStories(parts)) as Array<[string, Playable]>,
  passkey: Object.entries(composeStories(passkey)) as Array<[string, Playable]>,
  social: Object.entries(composeStories(social)) as Array<[string, Playable]>,
};

describe.each(Object.entries(FILES))('stories: %s', (_file, stories) => {
  it('has stories', () => expect(stories.length).toBeGreaterThan(0));
  it.each(stories)('%s renders, plays and passes axe', async (_name, Story) => {
    const { container } = render(<Story />);
    await Story.play?.({ canvasElement: container });
    await expectNoAxeViolations(container);
  });
});
