import { ApartmentOutlined, EditOutlined, IdcardOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Col, Input, Row, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { clickableRow } from '@/components/clickableRow';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import type { DepartmentListQuery as DepartmentListResult, PositionListQuery as PositionListResult, TeamListQuery as TeamListResult } from '@/graphql/generated/graphql';
import type { OrgEditing } from './OrgForms';
import { OrgForm } from './OrgForms';
import { DepartmentListQuery, PositionListQuery, TeamListQuery } from './queries';

type Department = NonNullable<DepartmentListResult['departments']>['edges'][number]['node'];
type Team = NonNullable<TeamListResult['teams']>['edges'][number]['node'];
type Position = NonNullable<PositionListResult['positions']>['edges'][number]['node'];

const TEAM_PAGE = 100;

export default function OrgOverviewPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canListEmployees = can(Permission.employeesRead);
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('dept');
  const teamSearch = params.get('q') ?? '';
  const [searchInput, setSearchInput] = useState(teamSearch);

  const canWrite = can(Permission.orgWrite);
  const [editing, setEditing] = useState<OrgEditing | null>(null);
  const departments = useQuery(DepartmentListQuery);
  const positions = useQuery(PositionListQuery, { skip: !canWrite });
  const teams = useQuery(TeamListQuery, {
    variables: {
      first: TEAM_PAGE,
      filter: { departmentId: departmentId ?? null, search: teamSearch || null },
    },
  });

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  // From the URL as it is when the row acts: the table may keep a row's handler (and the
  // search params it closed over) from an earlier render.
  const toggleDepartment = (id: string) => {
    const next = new URLSearchParams(window.location.search);
    if (next.get('dept') === id) next.delete('dept');
    else next.set('dept', id);
    setParams(next);
  };

  const departmentRows = departments.data?.departments?.edges.map((edge) => edge.node) ?? [];
  const selected = departmentRows.find((row) => row.id === departmentId);

  const departmentColumns: TableColumnsType<Department> = [
    {
      key: 'name',
      title: t('org.columns.name'),
      render: (_, row) => (
        <Space>
          <Typography.Text strong>{row.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {row.code}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'parent', title: t('org.columns.parent'), render: (_, row) => row.parent?.name ?? t('common.empty') },
    { key: 'headcount', title: t('org.columns.headcount'), dataIndex: 'headcount', align: 'right', width: 100 },
  ];
  if (canWrite) {
    departmentColumns.push({
      key: 'edit',
      title: '',
      width: 60,
      render: (_, row) => (
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          aria-label={t('org.actions.edit')}
          onClick={(event) => {
            event.stopPropagation(); // the row itself selects the department
            setEditing({ kind: 'department', row });
          }}
          data-testid="department-edit"
        />
      ),
    });
  }

  const teamColumns: TableColumnsType<Team> = [
    { key: 'name', title: t('org.columns.name'), render: (_, row) => <Typography.Text strong>{row.name}</Typography.Text> },
    { key: 'department', title: t('org.columns.department'), render: (_, row) => row.department.name },
    {
      key: 'lead',
      title: t('org.columns.lead'),
      render: (_, row) => (row.lead ? <Link to={`/employees/${row.lead.id}`}>{row.lead.name}</Link> : t('common.empty')),
    },
    { key: 'headcount', title: t('org.columns.headcount'), dataIndex: 'headcount', align: 'right', width: 90 },
  ];
  if (canListEmployees) {
    teamColumns.push({
      key: 'actions',
      title: '',
      width: 120,
      render: (_, row) => (
        <Link to={`/employees?dept=${encodeURIComponent(row.department.id)}&team=${encodeURIComponent(row.id)}`}>{t('org.viewEmployees')}</Link>
      ),
    });
  }
  if (canWrite) {
    teamColumns.push({
      key: 'edit',
      title: '',
      width: 60,
      render: (_, row) => (
        <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('org.actions.edit')} onClick={() => setEditing({ kind: 'team', row })} data-testid="team-edit" />
      ),
    });
  }
  const saved = () => {
    setEditing(null);
    void departments.refetch();
    void teams.refetch();
    if (canWrite) void positions.refetch();
  };
  const positionColumns: TableColumnsType<Position> = [
    { key: 'title', title: t('org.form.position.title'), render: (_, row) => <Typography.Text strong>{row.title}</Typography.Text> },
    { key: 'level', title: t('org.form.position.level'), render: (_, row) => row.level ?? t('common.empty') },
    { key: 'host', title: t('org.form.position.isHostRole'), render: (_, row) => (row.isHostRole ? t('common.yes') : t('common.no')) },
  ];

  return (
    <PageContainer title={t('org.title')} subTitle={t('org.subtitle')} testId="org-page">
      <PartialDataAlert error={departments.error ?? teams.error} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={11}>
          <Card
            title={
              <Space>
                <ApartmentOutlined />
                {t('org.departments')}
                <Tag>{departments.data?.departments?.totalCount ?? 0}</Tag>
              </Space>
            }
            extra={
              canWrite ? (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'department' })} data-testid="department-create">
                  {t('org.actions.newDepartment')}
                </Button>
              ) : null
            }
          >
            <Table<Department>
              rowKey="id"
              size="middle"
              columns={departmentColumns}
              dataSource={departmentRows}
              loading={departments.loading}
              pagination={false}
              rowClassName={(row) => (row.id === departmentId ? 'ant-table-row-selected' : '')}
              onRow={(row) => clickableRow(() => toggleDepartment(row.id), row.id === departmentId)}
            />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card
            title={
              <Space>
                <TeamOutlined />
                {selected ? t('org.teamsOf', { department: selected.name }) : t('org.allTeams')}
                <Tag>{teams.data?.teams?.totalCount ?? 0}</Tag>
              </Space>
            }
            extra={
              <Space wrap>
                {canWrite ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'team' })} data-testid="team-create">
                    {t('org.actions.newTeam')}
                  </Button>
                ) : null}
                <ExportButtons
                  query={TeamListQuery}
                  connection="teams"
                  variables={{ filter: { departmentId: departmentId ?? null, search: teamSearch || null } }}
                  columns={[
                    { path: 'name', header: t('org.columns.name') },
                    { path: 'department.name', header: t('org.columns.department') },
                    { path: 'lead.name', header: t('org.columns.lead') },
                    { path: 'headcount', header: t('org.columns.headcount') },
                  ]}
                  fileName={t('org.allTeams')}
                  disabled={!teams.data?.teams?.totalCount}
                  testId="team-export"
                />
                {departmentId ? (
                  <Button size="small" onClick={() => setParam('dept', null)}>
                    {t('org.showAllTeams')}
                  </Button>
                ) : null}
                <Input.Search
                  size="small"
                  allowClear
                  placeholder={t('org.searchTeams')}
                  value={searchInput}
                  onChange={(event) => setSearchInput(event.target.value)}
                  onSearch={(value) => setParam('q', value.trim() || null)}
                  style={{ width: 180 }}
                />
              </Space>
            }
          >
            <Table<Team>
              rowKey="id"
              size="middle"
              columns={teamColumns}
              dataSource={teams.data?.teams?.edges.map((edge) => edge.node) ?? []}
              loading={teams.loading}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              data-testid="team-table"
            />
          </Card>
        </Col>
        {canWrite ? (
          <Col xs={24}>
            <Card
              title={
                <Space>
                  <IdcardOutlined />
                  {t('org.positions')}
                  <Tag>{positions.data?.positions?.totalCount ?? 0}</Tag>
                </Space>
              }
              extra={
                <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'position' })} data-testid="position-create">
                  {t('org.actions.newPosition')}
                </Button>
              }
            >
              <Table<Position>
                rowKey="id"
                size="small"
                columns={positionColumns}
                dataSource={positions.data?.positions?.edges.map((edge) => edge.node) ?? []}
                loading={positions.loading}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                data-testid="position-table"
              />
            </Card>
          </Col>
        ) : null}
      </Row>
      <OrgForm editing={editing} departments={departmentRows} onClose={() => setEditing(null)} onDone={saved} />
    </PageContainer>
  );
}
