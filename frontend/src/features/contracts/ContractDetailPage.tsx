import {
  ArrowLeftOutlined,
  EditOutlined,
  FileProtectOutlined,
  HistoryOutlined,
  SendOutlined,
  SignatureOutlined,
  StopOutlined,
  SwapOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Collapse, Descriptions, Flex, Popconfirm, Result, Skeleton, Space, Timeline, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ContractRenewMutation } from '@/graphql/generated/graphql';
import { ContractAmendForm } from './ContractAmendForm';
import { ContractRenewForm } from './ContractRenewForm';
import { AwaitingTag, ContractStatusTag } from './ContractTags';
import { ContractTerminateForm } from './ContractTerminateForm';
import { ContractVersionCard, VersionLabel } from './ContractVersionCard';
import { isNotFound, maySignAs, signingTurn, unexpectedErrors } from './contractLogic';
import { ContractSubmitForSignatureMutation } from './mutations';
import { ContractDetailsQuery } from './queries';
import { useContractAccess } from './useContractAccess';

/** What the renewal form hands to the successor's page (router state): shown once, on arrival. */
export interface RenewalNotice {
  renewedFrom: string;
  flags: ContractRenewMutation['contractRenew']['flags'];
}

function isRenewalNotice(value: unknown): value is RenewalNotice {
  return typeof value === 'object' && value !== null && Array.isArray((value as RenewalNotice).flags) && typeof (value as RenewalNotice).renewedFrom === 'string';
}

/** The labor-law notes of a renewal (Article 14 and the like): not errors, but HR must weigh them. */
export function RenewalFlags({ notice }: { notice: RenewalNotice }) {
  const { t } = useTranslation();
  if (notice.flags.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 24 }}
        message={t('contracts.renew.done', { number: notice.renewedFrom })}
        description={t('contracts.renew.noFlags')}
        data-testid="contract-renewal-result"
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      style={{ marginBottom: 24, borderWidth: 2 }}
      message={
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('contracts.renew.flagsTitle', { number: notice.renewedFrom })}
        </Typography.Text>
      }
      description={
        <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
          {notice.flags.map((flag) => (
            <li key={`${flag.article}:${flag.message}`} data-testid="contract-flag">
              <Typography.Text strong>{flag.article}</Typography.Text> {flag.message}
            </li>
          ))}
        </ul>
      }
      data-testid="contract-renewal-result"
    />
  );
}

type Dialog = 'amend' | 'terminate' | 'renew' | null;

/** `/contracts/:id`: the contract, its versions with their changes and signatures, and what the viewer may do. */
export default function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer, can } = useViewer();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const access = useContractAccess(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [submitting, setSubmitting] = useState(false);
  const { data, loading, error, refetch } = useQuery(ContractDetailsQuery, {
    variables: { id, withPay: access.withPay, withSignerDetails: access.withSignerDetails },
    skip: !access.ready,
  });
  const [submitForSignature] = useMutation(ContractSubmitForSignatureMutation);
  const contract = data?.contract;
  const notice = isRenewalNotice(location.state) ? location.state : null;
  const empty = t('common.empty');
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : empty);
  const canWrite = can(Permission.contractsWrite);

  const back = (
    <Link to="/contracts">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('contracts.detail.backToList')}
      </Button>
    </Link>
  );

  if (!contract) {
    if (loading || !access.ready) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
    if (error && !isNotFound(error)) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
    return <Result status="404" title={t('contracts.detail.notFound')} extra={back} data-testid="contract-not-found" />;
  }

  const latest = contract.versions.at(-1);
  const turn = latest
    ? signingTurn(latest, (role) =>
        maySignAs(role, {
          viewerEmployeeId: viewer.employee?.id ?? null,
          signsForBusiness: can(Permission.contractsSignBusiness),
          signsForHr: canWrite,
          seesEveryone: viewer.rowScope === 'all',
          contractEmployee: contract.employee,
        }),
      )
    : ({ kind: 'none' } as const);
  const tampered = contract.versions.some((version) => version.tampered);
  const canSubmit = canWrite && latest?.state === 'DRAFT' && (contract.status === 'DRAFT' || contract.status === 'ACTIVE');
  const canAmend = canWrite && (contract.status === 'DRAFT' || (contract.status === 'ACTIVE' && latest?.state === 'SIGNED'));
  const canTerminate = canWrite && contract.status === 'ACTIVE';
  const canRenew = canWrite && (contract.status === 'ACTIVE' || contract.status === 'EXPIRED') && Boolean(contract.endsOn) && !contract.successor;
  const problems = unexpectedErrors(error);

  const submit = async () => {
    setSubmitting(true);
    try {
      const payload = (await submitForSignature({ variables: { id: contract.id } })).data?.contractSubmitForSignature;
      if (!payload) message.error(t('contracts.actionFailed'));
      else if (payload.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else {
        message.success(t('contracts.submitted'));
        await refetch();
      }
    } catch (reason) {
      message.error(reason instanceof Error ? reason.message : t('contracts.actionFailed'));
    } finally {
      setSubmitting(false);
    }
  };

  const linked = (other: { id: string; number: string; status: Parameters<typeof ContractStatusTag>[0]['status']; startsOn: string; endsOn?: string | null } | null | undefined, testId: string) =>
    other ? (
      <Space size={6} wrap>
        <Link to={`/contracts/${encodeURIComponent(other.id)}`} data-testid={testId}>
          <Typography.Text code>{other.number}</Typography.Text>
        </Link>
        <ContractStatusTag status={other.status} />
        <Typography.Text type="secondary">
          {date(other.startsOn)} – {other.endsOn ? date(other.endsOn) : t('contracts.openEnded')}
        </Typography.Text>
      </Space>
    ) : (
      empty
    );

  const header: DescriptionsProps['items'] = [
    {
      key: 'employee',
      label: t('contracts.fields.employee'),
      children: contract.employee ? (
        <Link to={`/employees/${encodeURIComponent(contract.employee.id)}`} data-testid="contract-detail-employee">
          {contract.employee.name}
        </Link>
      ) : (
        empty
      ),
    },
    { key: 'type', label: t('contracts.fields.type'), children: t(`enums.contractType.${contract.contractType}`) },
    {
      key: 'template',
      label: t('contracts.fields.template'),
      children: (
        <span data-testid="contract-template">
          {contract.template.name} · v{contract.templateVersion}
          {contract.template.latestVersion > contract.templateVersion ? (
            <Typography.Text type="secondary"> {t('contracts.detail.templateNewer', { version: contract.template.latestVersion })}</Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      key: 'term',
      label: t('contracts.fields.term'),
      children: (
        <span data-testid="contract-term">
          {date(contract.startsOn)} – {contract.endsOn ? date(contract.endsOn) : t('contracts.openEnded')}
        </span>
      ),
    },
    { key: 'predecessor', label: t('contracts.fields.predecessor'), children: linked(contract.predecessor, 'contract-predecessor') },
    { key: 'successor', label: t('contracts.fields.successor'), children: linked(contract.successor, 'contract-successor') },
    { key: 'createdAt', label: t('contracts.fields.createdAt'), children: formatDateTime(contract.createdAt, language) },
  ];
  if (contract.terminatedOn) {
    header.push(
      { key: 'terminatedOn', label: t('contracts.fields.terminatedOn'), children: date(contract.terminatedOn) },
      { key: 'reason', label: t('contracts.fields.reason'), children: contract.terminationReason ?? empty },
    );
  }

  const versions = [...contract.versions].reverse();

  return (
    <div data-testid="contract-detail-page" data-status={contract.status}>
      {back}
      {notice ? <RenewalFlags notice={notice} /> : null}
      {tampered ? (
        <Alert
          type="error"
          showIcon
          banner
          style={{ marginBottom: 16 }}
          message={t('contracts.tampered.title')}
          description={t('contracts.tampered.description')}
          data-testid="contract-tampered-banner"
        />
      ) : null}
      <Card style={{ marginBottom: 24 }}>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            <Space align="center" wrap>
              <FileProtectOutlined style={{ fontSize: 22, color: '#1677ff' }} />
              <Typography.Title level={3} style={{ margin: 0 }} data-testid="contract-number">
                {contract.number}
              </Typography.Title>
              <ContractStatusTag status={contract.status} testId="contract-detail-status" />
              {latest?.awaiting ? <AwaitingTag role={latest.awaiting} testId="contract-detail-awaiting" /> : null}
            </Space>
          </div>
          <Space wrap>
            {turn.kind === 'yours' ? (
              <Link to={`/contracts/${encodeURIComponent(contract.id)}/sign`}>
                <Button type="primary" icon={<SignatureOutlined />} data-testid="contract-sign">
                  {t('contracts.actions.sign', { role: t(`enums.signerRole.${turn.role}`) })}
                </Button>
              </Link>
            ) : null}
            {canSubmit ? (
              <Popconfirm title={t('contracts.submitConfirmTitle')} description={t('contracts.submitConfirm')} onConfirm={() => void submit()}>
                <Button type="primary" ghost icon={<SendOutlined />} loading={submitting} data-testid="contract-submit">
                  {t('contracts.actions.submit')}
                </Button>
              </Popconfirm>
            ) : null}
            {canAmend ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('amend')} data-testid="contract-amend">
                {t('contracts.actions.amend')}
              </Button>
            ) : null}
            {canRenew ? (
              <Button icon={<SwapOutlined />} onClick={() => setDialog('renew')} data-testid="contract-renew">
                {t('contracts.actions.renew')}
              </Button>
            ) : null}
            {canTerminate ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('terminate')} data-testid="contract-terminate">
                {t('contracts.actions.terminate')}
              </Button>
            ) : null}
          </Space>
        </Flex>
        <Descriptions column={{ xs: 1, sm: 2, xl: 3 }} items={header} style={{ marginTop: 16 }} data-testid="contract-header" />
        {turn.kind === 'later' ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 8 }}
            message={t('contracts.signLater', { awaiting: t(`enums.signerRole.${turn.awaiting}`), yours: t(`enums.signerRole.${turn.yours}`) })}
            data-testid="contract-sign-later"
          />
        ) : null}
      </Card>

      {problems.length ? <PartialDataAlert error={error} /> : null}

      <Card
        title={
          <Space>
            <HistoryOutlined />
            {t('contracts.detail.versions', { count: contract.versions.length })}
          </Space>
        }
        data-testid="contract-versions"
      >
        <Timeline
          items={versions.map((version, index) => ({
            key: String(version.version),
            color: version.tampered ? 'red' : version.state === 'SIGNED' ? 'green' : version.state === 'PENDING_SIGNATURE' ? 'gold' : 'gray',
            children:
              index === 0 ? (
                <div>
                  <div style={{ marginBottom: 12 }}>
                    <VersionLabel version={version} />
                  </div>
                  <ContractVersionCard version={version} isFirst={version.version === 1} />
                </div>
              ) : (
                <Collapse
                  ghost
                  size="small"
                  items={[
                    {
                      key: 'version',
                      label: <VersionLabel version={version} />,
                      children: <ContractVersionCard version={version} isFirst={version.version === 1} />,
                    },
                  ]}
                />
              ),
          }))}
        />
      </Card>

      {canAmend ? (
        <ContractAmendForm
          open={dialog === 'amend'}
          contract={contract}
          withPay={access.withPay}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success(t('contracts.amend.saved'));
            void refetch();
          }}
        />
      ) : null}
      {canTerminate ? (
        <ContractTerminateForm
          open={dialog === 'terminate'}
          contract={contract}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            message.success(t('contracts.terminate.done'));
            void refetch();
          }}
        />
      ) : null}
      {canRenew ? (
        <ContractRenewForm
          open={dialog === 'renew'}
          contract={contract}
          withPay={access.withPay}
          onClose={() => setDialog(null)}
          onRenewed={({ successor, flags }) => {
            setDialog(null);
            const state: RenewalNotice = { renewedFrom: contract.number, flags };
            navigate(`/contracts/${encodeURIComponent(successor.id)}`, { state });
          }}
        />
      ) : null}
    </div>
  );
}
