import { useQuery } from '@apollo/client';
import { Card, Col, Descriptions, Empty, List, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatMoney } from '@/app/i18n/format';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import { RiskBandTag } from './RiskBandTag';
import { formatPercent } from './riskListState';
import { EmployeeProfileQuery } from './workforceQueries';

const WorkforceCharts = lazy(() => import('./WorkforceCharts'));

/** A section the viewer may not read arrives null with FORBIDDEN at its path. */
function forbiddenSections(error: { graphQLErrors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] } | undefined): Set<string> {
  return new Set(
    (error?.graphQLErrors ?? [])
      .filter((e) => e.extensions?.['code'] === 'FORBIDDEN' && e.path && e.path[1] === 'profile')
      .map((e) => String(e.path?.[2])),
  );
}

function Section({ name, title, refused, children }: { name: string; title: string; refused: Set<string>; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} data-testid={`profile-${name}`} data-refused={String(refused.has(name))}>
      {refused.has(name) ? <Typography.Text type="secondary">{t('profile.refused')}</Typography.Text> : children}
    </Card>
  );
}

/**
 * `/employees/:id/profile`: one person at a glance, in one request. Each section needs its own
 * read permission: one the viewer may not read says so instead of its numbers.
 */
export default function EmployeeProfilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error, refetch } = useQuery(EmployeeProfileQuery, { variables: { id }, errorPolicy: 'all' });
  const employee = data?.employee;
  if (loading && !employee) return <Skeleton active />;
  if (!employee) {
    const missing = error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND');
    return missing || !error ? <NotFoundPage /> : <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
  }
  const refused = forbiddenSections(error);
  const unexpected = error?.graphQLErrors.some((e) => e.extensions?.['code'] !== 'FORBIDDEN') ? error : undefined;
  const p = employee.profile;
  const empty = t('common.empty');

  return (
    <PageContainer
      title={t('profile.title', { name: employee.name })}
      subTitle={[employee.employeeNo, employee.department?.name, employee.team?.name, employee.position?.title].filter(Boolean).join(' · ')}
      extra={<Link to={`/employees/${employee.id}`}>{t('profile.record')}</Link>}
      testId="employee-profile"
    >
      <PartialDataAlert error={unexpected} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Section name="contract" title={t('profile.contract.title')} refused={refused}>
            {p.contract ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('profile.contract.number')}>{p.contract.number}</Descriptions.Item>
                <Descriptions.Item label={t('profile.contract.status')}>{p.contract.status}</Descriptions.Item>
                <Descriptions.Item label={t('profile.contract.endsOn')}>{p.contract.endsOn ? formatDate(p.contract.endsOn, language) : t('profile.contract.openEnded')}</Descriptions.Item>
                <Descriptions.Item label={t('profile.contract.daysLeft')}>
                  <span data-testid="profile-contract-days-left">{p.contract.daysLeft ?? empty}</span>
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('profile.contract.none')} />
            )}
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section name="pay" title={t('profile.pay.title')} refused={refused}>
            {p.pay ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('profile.pay.base')}>{formatMoney(p.pay.baseSalary) || empty}</Descriptions.Item>
                <Descriptions.Item label={t('profile.pay.median')}>{formatMoney(p.pay.positionMedian) || empty}</Descriptions.Item>
                <Descriptions.Item label={t('profile.pay.vsMedian')}>{p.pay.vsMedianPercent === null ? empty : `${p.pay.vsMedianPercent}%`}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Section>
        </Col>
        <Col xs={24} lg={8}>
          <Section name="risk" title={t('profile.risk.title')} refused={refused}>
            {p.risk ? (
              <>
                <Typography.Text strong data-testid="profile-risk-score">{formatPercent(p.risk.score, language)}</Typography.Text> <RiskBandTag band={p.risk.band} />
                <ul style={{ marginTop: 8, paddingInlineStart: 18 }}>
                  {p.risk.drivers.map((d) => (
                    <li key={d.feature}>{d.text}</li>
                  ))}
                </ul>
              </>
            ) : (
              <Typography.Text type="secondary">{t('profile.risk.none')}</Typography.Text>
            )}
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section name="reviewScores" title={t('profile.reviews.title')} refused={refused}>
            <List
              size="small"
              dataSource={p.reviewScores ?? []}
              locale={{ emptyText: t('profile.reviews.none') }}
              renderItem={(r) => (
                <List.Item extra={<Tag color="blue">{r.score}</Tag>}>
                  {r.cycle} <span className="muted">{formatDate(r.periodEnd, language)}</span>
                </List.Item>
              )}
            />
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section name="traffic" title={t('profile.traffic.title')} refused={refused}>
            {p.traffic ? (
              <Suspense fallback={<Skeleton active />}>
                <WorkforceCharts traffic={p.traffic} />
              </Suspense>
            ) : (
              <Typography.Text type="secondary">{t('profile.traffic.notHost')}</Typography.Text>
            )}
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section name="training" title={t('profile.training.title')} refused={refused}>
            {p.training ? (
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t('profile.training.completed')}>{p.training.completed12Months}</Descriptions.Item>
                <Descriptions.Item label={t('profile.training.hours')}>{p.training.hours12Months}</Descriptions.Item>
                <Descriptions.Item label={t('profile.training.openMandatory')}>{p.training.openMandatory}</Descriptions.Item>
                <Descriptions.Item label={t('profile.training.overdue')}>{p.training.overdueMandatory}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Section>
        </Col>
        <Col xs={24} lg={12}>
          <Section name="attendance" title={t('profile.attendance.title')} refused={refused}>
            {p.attendance ? (
              <Descriptions column={2} size="small">
                <Descriptions.Item label={t('profile.attendance.late')}>{p.attendance.lateCount.reduce((a, b) => a + b, 0)}</Descriptions.Item>
                <Descriptions.Item label={t('profile.attendance.lateMinutes')}>{p.attendance.lateMinutes.reduce((a, b) => a + b, 0)}</Descriptions.Item>
                <Descriptions.Item label={t('profile.attendance.absent')}>{p.attendance.absentDays.reduce((a, b) => a + Number(b), 0)}</Descriptions.Item>
                <Descriptions.Item label={t('profile.attendance.leave')}>{p.attendance.leaveDays.reduce((a, b) => a + Number(b), 0)}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Section>
        </Col>
        <Col xs={24}>
          <Section name="history" title={t('profile.history.title')} refused={refused}>
            <Timeline
              items={p.history.map((event) => ({
                key: event.id,
                children: (
                  <span>
                    {t(`enums.eventKind.${event.kind}`)} <span className="muted">{formatDate(event.occurredOn, language)}</span>
                  </span>
                ),
              }))}
            />
          </Section>
        </Col>
      </Row>
    </PageContainer>
  );
}
