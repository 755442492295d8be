// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import type { KpiTemplateFieldsFragment } from '@/graphql/generated/graphql';
import { KpiTemplateForm } from './KpiTemplateForm';
import { KpiTemplateSaveMutation } from './mutations';

const HR = makeViewer({ roles: ['hr_manager'], rowScope: 'all', permissions: ['org.read', 'performance.read', 'performance.rate', 'performance.write'] });

const template: KpiTemplateFieldsFragment = {
  __typename: 'KpiTemplate',
  id: 'S3BpVGVtcGxhdGU6MQ==',
  name: 'Host monthly',
  updatedAt: '2026-11-01T00:00:00+00:00',
  position: { __typename: 'Position', id: 'UG9zaXRpb246MQ==', title: 'Host' },
  indicators: [
    {
      __typename: 'KpiIndicator',
      name: 'Followers',
      source: 'TRAFFIC_FOLLOWER_GROWTH',
      weight: '40',
      target: '4000',
      curve: { __typename: 'KpiCurve', kind: 'LINEAR', capPercent: '120', floorPercent: '50' },
    },
    { __typename: 'KpiIndicator', name: 'Rating', source: 'MANAGER_RATING', weight: '60', target: null, curve: null },
  ],
};

const saveMock = {
  request: {
    query: KpiTemplateSaveMutation,
    variables: {
      input: {
        positionId: 'UG9zaXRpb246MQ==',
        name: 'Host monthly',
        indicators: [
          { name: 'Followers', source: 'TRAFFIC_FOLLOWER_GROWTH', weight: '30', target: '4000', curve: { kind: 'LINEAR', capPercent: '120', floorPercent: '50' } },
          { name: 'Rating', source: 'MANAGER_RATING', weight: '60' },
        ],
      },
    },
  },
  result: {
    data: {
      kpiTemplateSave: {
        __typename: 'KpiTemplateSavePayload',
        template: null,
        errors: [
          { __typename: 'ReviewError', field: 'indicators.1.weight', code: 'INVALID', message: 'Rating: weight is odd' },
          { __typename: 'ReviewError', field: 'indicators', code: 'WEIGHT_TOTAL', message: "The template's weights must total exactly 100, not 90" },
        ],
      },
    },
  },
};

afterEach(cleanup);

describe('KpiTemplateForm', () => {
  it('totals the weights live and puts each server error by its input', async () => {
    renderPage(<KpiTemplateForm open template={template} positions={[]} onClose={() => undefined} onSaved={() => undefined} />, {
      viewer: HR,
      mocks: [saveMock],
      path: '/',
      url: '/',
    });
    const total = await screen.findByTestId('kpi-weights-total');
    expect(total.getAttribute('data-complete')).toBe('true');
    // A manager rating has no target or curve inputs.
    const [first, second] = screen.getAllByTestId('kpi-indicator');
    expect(within(second!).queryByTestId('kpi-indicator-target')).toBeNull();
    expect(within(second!).getByTestId('kpi-indicator-rating-hint')).toBeTruthy();

    const weight = within(first!).getByTestId('kpi-indicator-weight');
    const input = weight.tagName === 'INPUT' ? weight : weight.querySelector('input')!;
    fireEvent.change(input, { target: { value: '30' } });
    fireEvent.blur(input);
    await waitFor(() => expect(screen.getByTestId('kpi-weights-total').getAttribute('data-total')).toBe('90'));
    expect(screen.getByTestId('kpi-weights-total').getAttribute('data-complete')).toBe('false');

    fireEvent.click(screen.getByTestId('kpi-template-save'));
    expect(await screen.findByTestId('kpi-weights-error')).toHaveProperty('textContent', "The template's weights must total exactly 100, not 90");
    await waitFor(() => expect(within(second!).getByText('Rating: weight is odd')).toBeTruthy());
    expect(within(first!).queryByText('Rating: weight is odd')).toBeNull();
  });
});
