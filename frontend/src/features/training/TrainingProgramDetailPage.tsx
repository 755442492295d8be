import { EditOutlined, PlusOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatCount, formatDateTime, formatDecimal, formatMoney } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import type { TrainingSessionFieldsFragment as Session } from '@/graphql/generated/graphql';
import { EnrolmentAssignForm } from './EnrolmentAssignForm';
import { EnrolmentEnrolForm } from './EnrolmentEnrolForm';
import { TrainingProgramForm } from './TrainingProgramForm';
import { TrainingSessionForm } from './TrainingSessionForm';
import { TrainingProgramDetailsQuery, TrainingSessionListQuery, TrainingSessionSeatsQuery } from './queries';
import { seatsLeft } from './trainingLogic';

/** Booked seats of one session, against its capacity (one small COUNT per row of a short list). */
function SessionSeats({ session }: { session: Session }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data } = useQuery(TrainingSessionSeatsQuery, { variables: { sessionId: session.id }, fetchPolicy: 'cache-and-network' });
  const booked = data?.enrolments?.totalCount;
  if (booked === undefined) return <Typography.Text type="secondary">…</Typography.Text>;
  const left = seatsLeft(session.capacity, booked);
  return (
    <Space size={4} data-testid="training-session-seats" data-booked={booked}>
      <span>
        {session.capacity === null || session.capacity === undefined
          ? t('training.sessions.bookedUnlimited', { booked: formatCount(booked, language) })
          : t('training.sessions.booked', { booked: formatCount(booked, language), capacity: formatCount(session.capacity, language) })}
      </span>
      {left === 0 ? <Tag color="red">{t('training.sessions.full')}</Tag> : null}
    </Space>
  );
}

/**
 * `/training/programs/:id`: a program, its sessions with their seats, and (HR) scheduling, editing
 * and booking sessions, and assigning the program to one employee without a session.
 */
export default function TrainingProgramDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const writable = can(Permission.trainingWrite);
  const [editing, setEditing] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [editingSession, setEditingSession] = useState<Session | null>(null);
  const [assigning, setAssigning] = useState(false);
  const [enrolling, setEnrolling] = useState<{ id: string; label: string } | null>(null);
  const program = useQuery(TrainingProgramDetailsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const sessions = useQuery(TrainingSessionListQuery, { variables: { first: 100, after: null, filter: { programId: id } }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => sessions.data?.trainingSessions?.edges.map((edge) => edge.node) ?? [], [sessions.data]);
  const found = program.data?.trainingProgram;

  if (!program.data && program.loading) return <Card loading />;
  if (!found) {
    if (program.error?.graphQLErrors.some((error) => error.extensions?.code === 'NOT_FOUND') || program.data) return <NotFoundPage />;
    return <LoadErrorPage message={program.error?.message} onRetry={() => void program.refetch()} />;
  }

  const sessionLabel = (row: Session) => `${found.name} · ${formatDateTime(row.startsAt, language)}`;
  const enrolmentsLink = `/training/enrolments?${new URLSearchParams({ program: found.id }).toString()}`;
  const closeSessionForm = () => {
    setScheduling(false);
    setEditingSession(null);
  };
  const columns: TableColumnsType<Session> = [
    { key: 'startsAt', title: t('training.sessions.columns.startsAt'), render: (_, row) => formatDateTime(row.startsAt, language) },
    { key: 'endsAt', title: t('training.sessions.columns.endsAt'), render: (_, row) => formatDateTime(row.endsAt, language) },
    { key: 'location', title: t('training.sessions.columns.location'), render: (_, row) => row.location || t('common.empty') },
    { key: 'trainer', title: t('training.sessions.columns.trainer'), render: (_, row) => row.trainer || t('common.empty') },
    { key: 'seats', title: t('training.sessions.columns.seats'), render: (_, row) => <SessionSeats session={row} /> },
    {
      key: 'actions',
      title: '',
      render: (_, row) => (
        <Space>
          <Link to={enrolmentsLink}>{t('training.sessions.enrolments')}</Link>
          {writable ? (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditingSession(row)} data-testid="training-session-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {writable && found.active ? (
            <Button size="small" icon={<UserAddOutlined />} onClick={() => setEnrolling({ id: row.id, label: sessionLabel(row) })} data-testid="training-session-enrol">
              {t('training.enrol.button')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={found.name}
      subTitle={found.code}
      testId="training-program-detail-page"
      extra={
        <Space wrap>
          <Link to="/training">
            <Button>{t('common.back')}</Button>
          </Link>
          <Link to={enrolmentsLink}>
            <Button data-testid="training-program-enrolments">{t('training.sessions.enrolments')}</Button>
          </Link>
          {writable ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="training-program-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {writable && found.active ? (
            <Button icon={<UsergroupAddOutlined />} onClick={() => setAssigning(true)} data-testid="training-program-assign">
              {t('training.assign.button')}
            </Button>
          ) : null}
          {writable && found.active ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling(true)} data-testid="training-session-create">
              {t('training.sessions.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('training.programs.columns.category')}>{t(`training.enums.category.${found.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('training.programs.columns.hours')}>{formatDecimal(found.hours, 1)}</Descriptions.Item>
          <Descriptions.Item label={t('training.programs.columns.costPerHead')}>{formatMoney(found.costPerHead)}</Descriptions.Item>
          <Descriptions.Item label={t('training.programs.columns.active')}>
            {found.active ? <Tag color="green">{t('training.programs.activeTag')}</Tag> : <Tag>{t('training.programs.retiredTag')}</Tag>}
          </Descriptions.Item>
          {found.description ? <Descriptions.Item label={t('training.programs.description')}>{found.description}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Card title={t('training.sessions.title')}>
        <PartialDataAlert error={sessions.data ? sessions.error : undefined} />
        <Table<Session>
          rowKey="id"
          data-testid="training-session-table"
          columns={columns}
          dataSource={rows}
          loading={sessions.loading && !sessions.data}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('training.sessions.none') }}
        />
      </Card>
      {writable ? (
        <>
          <TrainingProgramForm open={editing} program={found} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
          <TrainingSessionForm
            programId={found.id}
            session={editingSession}
            open={scheduling || editingSession !== null}
            onClose={closeSessionForm}
            onSaved={() => {
              void message.success(editingSession ? t('training.sessions.updated') : t('training.sessions.created'));
              closeSessionForm();
            }}
          />
          <EnrolmentAssignForm
            program={found}
            open={assigning}
            onClose={() => setAssigning(false)}
            onAssigned={(enrolment) => {
              setAssigning(false);
              void message.success(t('training.assign.done', { name: enrolment.employee?.name ?? '' }));
            }}
          />
          <EnrolmentEnrolForm
            session={enrolling}
            onClose={() => setEnrolling(null)}
            onEnrolled={(name) => {
              setEnrolling(null);
              void message.success(t('training.enrol.done', { name }));
            }}
          />
        </>
      ) : null}
    </PageContainer>
  );
}
