// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Dataset } from '../../core/dataset/schema';
import { testDataset } from '../../tests/fixtures/dataset';
import DatasetBrowser from './DatasetBrowser';
import Timeline from './Timeline';

const dataset: Dataset = testDataset();
let root: HTMLElement;

async function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root));
}
const flush = () => act(async () => new Promise((r) => setTimeout(r, 20)));

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('DatasetBrowser', () => {
  it('groups every entity by type and filters Arabic-aware', async () => {
    await mount(<DatasetBrowser dataset={dataset} lang="ar" onNavigate={vi.fn()} onOpenSource={vi.fn()} />);
    expect([...root.querySelectorAll('details')].map((d) => d.dataset.entityId)).toEqual([
      'person-a',
      'organization-c',
      'city-d',
      'outlet-b',
    ]);
    const search = root.querySelector<HTMLInputElement>('[data-testid="entity-search"]')!;
    search.value = 'المدينه';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await flush();
    expect([...root.querySelectorAll('details')].map((d) => d.dataset.entityId)).toEqual(['city-d']);
  });

  it('opens the focused entity with its card, claims and citations, and opens sources', async () => {
    const onOpenSource = vi.fn();
    await mount(
      <DatasetBrowser dataset={dataset} lang="ar" focusId="organization-c" onNavigate={vi.fn()} onOpenSource={onOpenSource} />,
    );
    await flush();
    const details = root.querySelector<HTMLDetailsElement>('#entity-organization-c')!;
    expect(details.open).toBe(true);
    const claims = [...details.querySelectorAll('[data-claim-id]')].map((c) => c.getAttribute('data-claim-id'));
    expect(claims).toEqual(['claim-lost-control', 'claim-arrived']);
    expect(details.querySelector('blockquote')?.textContent).toContain('المنظمة ج فقدت السيطرة على المدينة د');
    details.querySelector<HTMLButtonElement>('button.open-source')!.click();
    expect(onOpenSource).toHaveBeenCalledWith('article-two', 'المنظمة ج فقدت السيطرة على المدينة د');
    // Closed entities render no card.
    expect(root.querySelector('#entity-person-a .entity-card')).toBeNull();
  });
});

describe('Timeline', () => {
  it('puts dated claims under their year and undated ones in a last group', async () => {
    await mount(<Timeline dataset={dataset} lang="ar" onNavigate={vi.fn()} onOpenSource={vi.fn()} />);
    const groups = [...root.querySelectorAll<HTMLElement>('.timeline-group')];
    expect(groups.map((g) => g.dataset.year)).toEqual(['2016', 'undated']);
    expect(groups[1]!.querySelector('h3')?.textContent).toContain('غير مؤرخ');
    expect(groups[1]!.querySelector('[data-claim-id]')?.getAttribute('data-claim-id')).toBe('claim-lost-control');
  });
});
