import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Alert, Col, Collapse, Descriptions, Empty, Flex, Row, Space, Steps, Tag, Tooltip, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '@/app/i18n/format';
import type { ClauseChangeKind, ContractVersionFieldsFragment as Version } from '@/graphql/generated/graphql';
import { VersionStateTag } from './ContractTags';
import { SIGNING_ORDER, hashPrefix } from './contractLogic';

const CHANGE_COLORS: Record<ClauseChangeKind, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue' };

/** The clause-level changes against the previous version, with the text before and after. */
export function ClauseDiff({ diff }: { diff: Version['diff'] }) {
  const { t } = useTranslation();
  if (diff.length === 0) return <Typography.Text type="secondary">{t('contracts.version.noChanges')}</Typography.Text>;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="contract-version-diff">
      {diff.map((change) => (
        <div key={`${change.kind}:${change.key}`} className="clause-change" data-testid="contract-diff-item" data-kind={change.kind} data-key={change.key}>
          <Space size={8} wrap style={{ marginBottom: 6 }}>
            <Tag color={CHANGE_COLORS[change.kind]} bordered={false}>
              {t(`enums.clauseChange.${change.kind}`)}
            </Tag>
            <Typography.Text strong>{change.title}</Typography.Text>
            <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
              {change.key}
            </Typography.Text>
          </Space>
          <Row gutter={[12, 8]}>
            {change.before !== null && change.before !== undefined ? (
              <Col xs={24} md={change.after ? 12 : 24}>
                <div className="clause-text clause-before">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('contracts.version.before')}
                  </Typography.Text>
                  <div>{change.before}</div>
                </div>
              </Col>
            ) : null}
            {change.after !== null && change.after !== undefined ? (
              <Col xs={24} md={change.before ? 12 : 24}>
                <div className="clause-text clause-after">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('contracts.version.after')}
                  </Typography.Text>
                  <div>{change.after}</div>
                </div>
              </Col>
            ) : null}
          </Row>
        </div>
      ))}
    </Space>
  );
}

/** The version's clauses with its values filled in. */
export function FilledClauses({ clauses }: { clauses: readonly { key: string; title: string; text: string }[] }) {
  return (
    <ol className="contract-clauses" data-testid="contract-clauses">
      {clauses.map((clause) => (
        <li key={clause.key} data-key={clause.key}>
          <Typography.Text strong>{clause.title}</Typography.Text>
          <Typography.Paragraph style={{ margin: '2px 0 10px' }}>{clause.text}</Typography.Paragraph>
        </li>
      ))}
    </ol>
  );
}

/** Who signed, when, and what: in signing order, with the awaited signatures still to come. */
export function SignatureTrail({ version }: { version: Pick<Version, 'signatures' | 'state' | 'awaiting'> }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const byRole = new Map(version.signatures.map((signature) => [signature.role, signature]));
  const pending = version.state === 'PENDING_SIGNATURE';
  if (!pending && version.signatures.length === 0) {
    return <Typography.Text type="secondary">{t('contracts.signatures.none')}</Typography.Text>;
  }
  return (
    <Steps
      direction="vertical"
      size="small"
      data-testid="contract-signatures"
      items={SIGNING_ORDER.map((role) => {
        const signature = byRole.get(role);
        if (!signature) {
          return {
            status: version.awaiting === role ? 'process' : 'wait',
            title: t(`enums.signerRole.${role}`),
            description: <span className="muted">{version.awaiting === role ? t('contracts.signatures.awaited') : t('contracts.signatures.notYet')}</span>,
          };
        }
        return {
          status: signature.matchesDocument ? 'finish' : 'error',
          title: (
            <span data-testid="contract-signature" data-role={role}>
              {t(`enums.signerRole.${role}`)} · {signature.signer}
            </span>
          ),
          description: (
            <div>
              <div>{formatDateTime(signature.signedAt, language)}</div>
              <Space size={6} wrap>
                <Tooltip title={signature.documentSha256}>
                  <Typography.Text code style={{ fontSize: 12 }}>
                    SHA-256 {hashPrefix(signature.documentSha256)}…
                  </Typography.Text>
                </Tooltip>
                {signature.matchesDocument ? (
                  <Typography.Text type="success" data-testid="signature-matches">
                    <CheckCircleFilled /> {t('contracts.signatures.matches')}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="danger" data-testid="signature-mismatch">
                    <CloseCircleFilled /> {t('contracts.signatures.mismatch')}
                  </Typography.Text>
                )}
              </Space>
              {signature.ip || signature.userAgent ? (
                <div className="muted" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {[signature.ip && `IP ${signature.ip}`, signature.userAgent].filter(Boolean).join(' · ')}
                </div>
              ) : null}
            </div>
          ),
        };
      })}
    />
  );
}

/** Pay terms, when the viewer may read them (the caller decides; `payTerms` is absent otherwise). */
export function PayTerms({ payTerms }: { payTerms: NonNullable<Version['payTerms']> }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 3 }}
      data-testid="contract-pay-terms"
      items={[
        { key: 'monthlyBase', label: t('contracts.pay.monthlyBase'), children: payTerms.monthlyBase ? formatMoney(payTerms.monthlyBase) : empty },
        {
          key: 'revenueSharePercent',
          label: t('contracts.pay.revenueSharePercent'),
          children: payTerms.revenueSharePercent ? `${formatDecimal(payTerms.revenueSharePercent, 2)}%` : empty,
        },
        {
          key: 'guaranteedMinimum',
          label: t('contracts.pay.guaranteedMinimum'),
          children: payTerms.guaranteedMinimum ? formatMoney(payTerms.guaranteedMinimum) : empty,
        },
      ]}
    />
  );
}

/** One version: its term and state, the clauses, what changed, pay (if visible) and the signatures. */
export function ContractVersionCard({ version, isFirst }: { version: Version; isFirst: boolean }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const empty = t('common.empty');
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : empty);

  const facts: DescriptionsProps['items'] = [
    { key: 'effectiveOn', label: t('contracts.version.effectiveOn'), children: date(version.effectiveOn) },
    {
      key: 'term',
      label: t('contracts.fields.term'),
      children: `${date(version.startsOn)} – ${version.endsOn ? date(version.endsOn) : t('contracts.openEnded')}`,
    },
    { key: 'probation', label: t('contracts.fields.probationEndsOn'), children: version.probationEndsOn ? date(version.probationEndsOn) : t('contracts.noProbation') },
    { key: 'submittedAt', label: t('contracts.version.submittedAt'), children: version.submittedAt ? formatDateTime(version.submittedAt, language) : empty },
    { key: 'signedAt', label: t('contracts.version.signedAt'), children: version.signedAt ? formatDateTime(version.signedAt, language) : empty },
    {
      key: 'hash',
      label: t('contracts.version.hash'),
      children: version.documentSha256 ? (
        <Tooltip title={version.documentSha256}>
          <Typography.Text code copyable={{ text: version.documentSha256 }} style={{ fontSize: 12 }}>
            {hashPrefix(version.documentSha256, 16)}…
          </Typography.Text>
        </Tooltip>
      ) : (
        <span className="muted">{t('contracts.version.noDocumentYet')}</span>
      ),
    },
  ];
  if (version.note) facts.push({ key: 'note', label: t('contracts.version.note'), span: 'filled', children: version.note });

  return (
    <div data-testid={`contract-version-${version.version}`} data-state={version.state}>
      {version.tampered ? (
        <Alert
          type="error"
          showIcon
          banner
          style={{ marginBottom: 12 }}
          message={t('contracts.tampered.title')}
          description={t('contracts.tampered.description')}
          data-testid="contract-tampered"
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, sm: 2, xl: 3 }} items={facts} style={{ marginBottom: 12 }} />
      {version.payTerms ? (
        <div style={{ marginBottom: 12 }}>
          <Typography.Title level={5}>{t('contracts.sections.pay')}</Typography.Title>
          <PayTerms payTerms={version.payTerms} />
        </div>
      ) : null}
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          {isFirst ? null : (
            <div style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{t('contracts.version.diff')}</Typography.Title>
              <ClauseDiff diff={version.diff} />
            </div>
          )}
          <Collapse
            size="small"
            defaultActiveKey={isFirst ? ['clauses'] : []}
            items={[
              {
                key: 'clauses',
                label: t('contracts.version.clauses', { count: version.clauses.length }),
                children: version.clauses.length ? <FilledClauses clauses={version.clauses} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>
            <Flex align="center" gap={8}>
              {t('contracts.signatures.title')}
              {version.state === 'DRAFT' ? <MinusCircleOutlined className="muted" /> : null}
            </Flex>
          </Typography.Title>
          <SignatureTrail version={version} />
        </Col>
      </Row>
    </div>
  );
}

export function VersionLabel({ version }: { version: Pick<Version, 'version' | 'state' | 'effectiveOn' | 'note'> }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <Space size={8} wrap>
      <Typography.Text strong>{t('contracts.version.label', { version: version.version })}</Typography.Text>
      <VersionStateTag state={version.state} />
      <Typography.Text type="secondary">{t('contracts.version.effectiveFrom', { date: formatDate(version.effectiveOn, language) })}</Typography.Text>
    </Space>
  );
}
