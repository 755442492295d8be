import { useQuery } from '@apollo/client';
import { Col, Form, Row, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { EmployeePlacementOptionsQuery } from './mutations';

/**
 * Department, team and position: a team is offered only within the chosen department, and
 * choosing a team fills in its department (the server refuses a team of another department).
 */
export function PlacementFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(EmployeePlacementOptionsQuery);
  const department = Form.useWatch<string | null | undefined>('departmentId', form);
  const teams = data?.teams?.edges.map(({ node }) => node) ?? [];
  const departmentOf = (teamId: string) => teams.find((team) => team.id === teamId)?.department?.id ?? null;

  return (
    <Row gutter={16}>
      <Col xs={24} sm={8}>
        <Form.Item name="departmentId" label={t('employees.fields.department')}>
          <Select
            allowClear
            loading={loading}
            onChange={(next: string | undefined) => {
              const team = form.getFieldValue('teamId') as string | null | undefined;
              if (team && departmentOf(team) !== (next ?? null)) form.setFieldValue('teamId', null);
            }}
            options={data?.departments?.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
            data-testid="placement-department"
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="teamId" label={t('employees.fields.team')}>
          <Select
            allowClear
            loading={loading}
            onChange={(next: string | undefined) => {
              if (next) form.setFieldValue('departmentId', departmentOf(next));
            }}
            options={teams.filter((team) => !department || team.department?.id === department).map((team) => ({ value: team.id, label: team.name }))}
            data-testid="placement-team"
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="positionId" label={t('employees.fields.position')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={loading}
            options={data?.positions?.edges.map(({ node }) => ({ value: node.id, label: node.level ? `${node.title} · ${node.level}` : node.title }))}
            data-testid="placement-position"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
