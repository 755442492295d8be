import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled, LockOutlined, SignatureOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Card, Checkbox, Flex, Result, Skeleton, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ContractSignerRole } from '@/graphql/generated/graphql';
import { ContractDocument } from './ContractDocument';
import { AwaitingTag, ContractStatusTag } from './ContractTags';
import { FilledClauses } from './ContractVersionCard';
import { SIGNING_ORDER, isNotFound, maySignAs, sha256Hex, signingTurn } from './contractLogic';
import { ContractSignMutation } from './mutations';
import { ContractSigningQuery } from './queries';
import { useContractAccess } from './useContractAccess';

type HashCheck = 'checking' | 'matches' | 'differs' | 'unavailable';

/** Hashes the document in the browser, as the server did when it was submitted. */
function useHashCheck(document: string | null | undefined, expected: string | null | undefined): HashCheck {
  const [result, setResult] = useState<HashCheck>('checking');
  useEffect(() => {
    let cancelled = false;
    if (!document || !expected) {
      setResult('unavailable');
      return undefined;
    }
    setResult('checking');
    sha256Hex(document).then(
      (hash) => !cancelled && setResult(hash === null ? 'unavailable' : hash === expected ? 'matches' : 'differs'),
      () => !cancelled && setResult('unavailable'),
    );
    return () => {
      cancelled = true;
    };
  }, [document, expected]);
  return result;
}

/**
 * `/contracts/:id/sign`: the document to sign (what was submitted, with its SHA-256), and for
 * whoever's turn it is, a confirmation and the Sign button. Laid out for a phone first: an
 * employee signs on theirs.
 */
export default function ContractSignPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer, can } = useViewer();
  const access = useContractAccess(id);
  const { data, loading, error, refetch } = useQuery(ContractSigningQuery, {
    variables: { id, withPay: access.withPay },
    skip: !access.ready,
  });
  const [sign, { loading: signing }] = useMutation(ContractSignMutation);
  const [agreed, setAgreed] = useState(false);
  const [failure, setFailure] = useState<string[]>([]);
  const [signedAs, setSignedAs] = useState<ContractSignerRole | null>(null);
  const contract = data?.contract;
  const version = contract?.latestVersion;
  const hashCheck = useHashCheck(version?.document, version?.documentSha256);
  const empty = t('common.empty');
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : empty);

  const back = (
    <Link to={viewer.employee && contract?.employee?.id === viewer.employee.id ? '/me/contracts' : `/contracts/${encodeURIComponent(id)}`}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {viewer.employee && contract?.employee?.id === viewer.employee.id ? t('contracts.mine.back') : t('contracts.sign.backToContract')}
      </Button>
    </Link>
  );

  if (!contract || !version) {
    if (loading || !access.ready) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
    if (error && !isNotFound(error)) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
    return <Result status="404" title={t('contracts.detail.notFound')} extra={back} data-testid="contract-not-found" />;
  }

  const turn = signingTurn(version, (role) =>
    maySignAs(role, {
      viewerEmployeeId: viewer.employee?.id ?? null,
      signsForBusiness: can(Permission.contractsSignBusiness),
      signsForHr: can(Permission.contractsWrite),
      seesEveryone: viewer.rowScope === 'all',
      contractEmployee: contract.employee,
    }),
  );
  const signed = new Map(version.signatures.map((signature) => [signature.role, signature]));

  const submit = async () => {
    if (turn.kind !== 'yours') return;
    setFailure([]);
    try {
      const { data: result, errors } = await sign({ variables: { id: contract.id } });
      const payload = result?.contractSign;
      if (payload?.errors.length) setFailure(payload.errors.map((e) => mutationErrorText(t, e)));
      else if (payload?.contract) {
        setSignedAs(turn.role);
        setAgreed(false);
        await refetch();
      } else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  /** After one's signature: what the contract waits for now, or that it is in force. */
  const outcome = signedAs ? (
    <div data-testid="contract-sign-outcome">
      <Result
        status="success"
        title={t('contracts.sign.signed', { role: t(`enums.signerRole.${signedAs}`) })}
        subTitle={
          <span data-testid="contract-sign-status" data-status={contract.status} data-awaiting={version.awaiting ?? ''}>
            {version.awaiting
              ? t('contracts.sign.nowAwaiting', { role: t(`enums.signerRole.${version.awaiting}`) })
              : version.state === 'SIGNED'
                ? t('contracts.sign.inForce')
                : t(`enums.contractStatus.${contract.status}`)}
          </span>
        }
        style={{ padding: '24px 0' }}
      />
    </div>
  ) : null;

  return (
    <div className="contract-sign-page" data-testid="contract-sign-page">
      {back}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space direction="vertical" size={4} style={{ width: '100%' }}>
          <Space wrap size={8}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="contract-number">
              {contract.number}
            </Typography.Title>
            <ContractStatusTag status={contract.status} testId="contract-sign-contract-status" />
            {version.awaiting ? <AwaitingTag role={version.awaiting} /> : null}
          </Space>
          <Typography.Text type="secondary">
            {[contract.employee?.name, t(`enums.contractType.${contract.contractType}`), t('contracts.version.label', { version: version.version })]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          <Typography.Text>
            {t('contracts.fields.term')}: {date(version.startsOn)} – {version.endsOn ? date(version.endsOn) : t('contracts.openEnded')}
          </Typography.Text>
        </Space>
        <Steps
          size="small"
          direction="vertical"
          style={{ marginTop: 16 }}
          data-testid="contract-sign-steps"
          items={SIGNING_ORDER.map((role) => {
            const signature = signed.get(role);
            return {
              title: t(`enums.signerRole.${role}`),
              status: signature ? 'finish' : version.awaiting === role ? 'process' : 'wait',
              description: signature ? `${signature.signer} · ${formatDateTime(signature.signedAt, language)}` : undefined,
            };
          })}
        />
      </Card>

      {outcome}

      {version.tampered ? (
        <Alert type="error" showIcon banner style={{ marginBottom: 16 }} message={t('contracts.tampered.title')} description={t('contracts.tampered.description')} data-testid="contract-tampered" />
      ) : null}

      <Card size="small" title={t('contracts.sign.document')} style={{ marginBottom: 16 }} styles={{ body: { padding: 0 } }}>
        {version.document ? (
          <ContractDocument html={version.document} title={t('contracts.sign.documentTitle', { number: contract.number })} />
        ) : (
          <div style={{ padding: 16 }}>
            <Alert type="info" showIcon icon={<LockOutlined />} message={t('contracts.sign.documentHidden')} style={{ marginBottom: 12 }} data-testid="contract-document-hidden" />
            <FilledClauses clauses={version.clauses} />
          </div>
        )}
      </Card>

      <Card size="small" title={t('contracts.sign.hash')} style={{ marginBottom: 16 }}>
        {version.documentSha256 ? (
          <>
            <Typography.Paragraph code copyable className="contract-hash" data-testid="contract-hash" style={{ marginBottom: 8 }}>
              {version.documentSha256}
            </Typography.Paragraph>
            {hashCheck === 'matches' ? (
              <Typography.Text type="success" data-testid="contract-hash-check" data-result="matches">
                <CheckCircleFilled /> {t('contracts.sign.hashMatches')}
              </Typography.Text>
            ) : hashCheck === 'differs' ? (
              <Typography.Text type="danger" data-testid="contract-hash-check" data-result="differs">
                <CloseCircleFilled /> {t('contracts.sign.hashDiffers')}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('contracts.sign.hashHint')}</Typography.Text>
            )}
          </>
        ) : (
          <Typography.Text type="secondary">{t('contracts.version.noDocumentYet')}</Typography.Text>
        )}
      </Card>

      {turn.kind === 'yours' && !version.tampered ? (
        <Card size="small" style={{ marginBottom: 16 }} data-testid="contract-sign-form">
          <Flex vertical gap={12}>
            <Checkbox checked={agreed} onChange={(event) => setAgreed(event.target.checked)} data-testid="contract-sign-agree">
              {t('contracts.sign.agree', { role: t(`enums.signerRole.${turn.role}`) })}
            </Checkbox>
            {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} data-testid="contract-sign-error" /> : null}
            <Button
              type="primary"
              size="large"
              block
              icon={<SignatureOutlined />}
              disabled={!agreed || hashCheck === 'differs'}
              loading={signing}
              onClick={() => void submit()}
              data-testid="contract-sign-submit"
            >
              {t('contracts.sign.submit', { role: t(`enums.signerRole.${turn.role}`) })}
            </Button>
          </Flex>
        </Card>
      ) : null}
      {!signedAs && turn.kind === 'later' ? (
        <Alert
          type="info"
          showIcon
          message={t('contracts.signLater', { awaiting: t(`enums.signerRole.${turn.awaiting}`), yours: t(`enums.signerRole.${turn.yours}`) })}
          data-testid="contract-sign-later"
        />
      ) : null}
      {!signedAs && turn.kind === 'others' ? (
        <Alert type="info" showIcon message={t('contracts.sign.othersTurn', { role: t(`enums.signerRole.${turn.awaiting}`) })} data-testid="contract-sign-others" />
      ) : null}
      {!signedAs && turn.kind === 'none' ? (
        <Alert
          type={version.state === 'SIGNED' ? 'success' : 'info'}
          showIcon
          message={version.state === 'SIGNED' ? t('contracts.sign.inForce') : t('contracts.sign.notPending')}
          data-testid="contract-sign-none"
        />
      ) : null}
    </div>
  );
}
