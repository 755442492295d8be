import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Segmented, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText, namePath } from '@/components/mutationErrors';
import type { MutationError } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import { CommissionPlanPreviewPanel } from './CommissionPlanPreviewPanel';
import { CommissionRuleFields, PathErrorsContext } from './CommissionRuleFields';
import { CommissionPlanSaveMutation } from './mutations';
import type { PathError, PlanForm, RuleForm } from './planForm';
import { formToPlan, parsePlanText, placePlanErrors, planText, planToForm } from './planForm';
import { PlanAssignmentCard } from './PlanAssignmentCard';
import { CommissionPlanDetailsQuery } from './queries';

interface EditorValues extends PlanForm {
  name: string;
  description: string;
}

type View = 'form' | 'json';

/**
 * `/commission-plans/:id` (or `new`): a plan's name, description and rules, edited as one form per
 * rule kind or as its JSON; the server's errors land next to the rule, tier, rung or field their
 * path names. Beside it, a preview on a host's real month and the plan's assignments.
 * Finance reads it; HR (compensation.write) edits it.
 */
export default function CommissionPlanEditorPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const editable = can(Permission.compensationWrite);
  const navigate = useNavigate();
  const { message } = App.useApp();
  // Untyped: error paths from the server name fields as arrays of any depth.
  const [form] = Form.useForm();
  const [view, setView] = useState<View>('form');
  const [jsonText, setJsonText] = useState('');
  const [jsonProblem, setJsonProblem] = useState<string | null>(null);
  const [containers, setContainers] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const loaded = useRef<string | null>(null);
  const details = useQuery(CommissionPlanDetailsQuery, { variables: { id }, skip: isNew });
  const [save, saving] = useMutation(CommissionPlanSaveMutation, { refetchQueries: ['CommissionPlanList'] });
  const plan = details.data?.commissionPlan;

  useEffect(() => {
    const version = isNew ? 'new' : plan ? `${plan.id}@${plan.updatedAt}` : null;
    if (version === null || loaded.current === version) return;
    loaded.current = version;
    const rules = isNew ? { version: 1, rules: [] } : plan?.rules;
    const asForm = planToForm(rules);
    form.setFieldsValue({ name: plan?.name ?? '', description: plan?.description ?? '', rules: asForm?.rules ?? [] });
    setJsonText(planText(rules));
    setView(asForm ? 'form' : 'json');
    setJsonProblem(asForm ? null : t('compensation.editor.jsonNotForm'));
  }, [isNew, plan, form, t]);

  const clearErrors = () => {
    form.setFields(
      form
        .getFieldsError()
        .filter((entry) => entry.errors.length)
        .map((entry) => ({ name: entry.name, errors: [] })),
    );
    setContainers(new Map());
    setUnplaced([]);
  };

  /** Puts each error where the editor shows its path; returns how many there were. */
  const showErrors = (errors: readonly (PathError & { code?: string })[]) => {
    clearErrors();
    const texts = errors.map((error) => ({ field: error.field, message: error.code ? mutationErrorText(t, error as MutationError) : error.message }));
    if (view === 'json') {
      const name = texts.filter((error) => error.field === 'name' || error.field === 'description');
      form.setFields(name.map((error) => ({ name: error.field!, errors: [error.message] })));
      setUnplaced(texts.filter((error) => !name.includes(error)).map((error) => (error.field ? `${error.field}: ${error.message}` : error.message)));
      return;
    }
    const fieldPaths = new Set(
      form
        .getFieldsError()
        .map((entry) => entry.name.join('.'))
        .filter(Boolean),
    );
    const placed = placePlanErrors(texts, fieldPaths);
    form.setFields([...placed.fields].map(([path, messages]) => ({ name: namePath(path), errors: messages })));
    setContainers(placed.containers);
    setUnplaced(placed.unplaced);
  };

  /** The rules as they are being edited, as the server takes them (null: the JSON does not parse). */
  const currentRules = (): unknown | null => {
    if (view === 'form') return formToPlan({ rules: (form.getFieldValue('rules') ?? []) as RuleForm[] });
    const parsed = parsePlanText(jsonText);
    setJsonProblem(parsed.error ? t(parsed.error === 'float' ? 'compensation.editor.jsonFloat' : 'compensation.editor.jsonSyntax') : null);
    return parsed.plan;
  };

  const switchView = (next: View) => {
    if (next === view) return;
    if (next === 'json') {
      setJsonText(planText(currentRules()));
      setJsonProblem(null);
      clearErrors();
      setView('json');
      return;
    }
    const parsed = parsePlanText(jsonText);
    if (parsed.error) {
      setJsonProblem(t(parsed.error === 'float' ? 'compensation.editor.jsonFloat' : 'compensation.editor.jsonSyntax'));
      return;
    }
    const asForm = planToForm(parsed.plan);
    if (!asForm) {
      setJsonProblem(t('compensation.editor.jsonNotForm'));
      return;
    }
    form.setFieldValue('rules', asForm.rules);
    setJsonProblem(null);
    clearErrors();
    setView('form');
  };

  const onSave = async () => {
    let values: { name: string; description: string };
    try {
      values = (await form.validateFields(['name', 'description'])) as Pick<EditorValues, 'name' | 'description'>;
    } catch {
      return;
    }
    const rules = currentRules();
    if (rules === null) return;
    try {
      const { data, errors } = await save({ variables: { input: { id: isNew ? null : id, name: values.name, description: values.description ?? '', rules } } });
      const payload = data?.commissionPlanSave;
      if (payload?.errors.length) {
        showErrors(payload.errors);
        message.error(t('compensation.editor.hasErrors', { count: payload.errors.length }));
      } else if (payload?.plan) {
        clearErrors();
        message.success(t('compensation.editor.saved'));
        if (isNew) navigate(`/commission-plans/${encodeURIComponent(payload.plan.id)}`, { replace: true });
        else void details.refetch();
      } else message.error(errors?.[0]?.message ?? t('compensation.actionFailed'));
    } catch (reason) {
      message.error(reason instanceof Error ? reason.message : t('compensation.actionFailed'));
    }
  };

  if (!isNew && !plan) {
    if (details.loading) return <Card loading />;
    if (details.error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadErrorPage message={details.error?.message} onRetry={() => void details.refetch()} />;
  }

  return (
    <PageContainer
      title={isNew ? t('compensation.editor.newTitle') : (plan?.name ?? '')}
      subTitle={plan ? formatDateTime(plan.updatedAt, language) : undefined}
      testId="plan-editor-page"
      extra={
        <Space wrap>
          <Link to="/commission-plans">
            <Button icon={<ArrowLeftOutlined />}>{t('compensation.editor.back')}</Button>
          </Link>
          {editable ? (
            <Button type="primary" icon={<SaveOutlined />} loading={saving.loading} onClick={() => void onSave()} data-testid="plan-save">
              {t('compensation.editor.save')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {editable ? null : <Alert type="info" showIcon message={t('compensation.plans.readOnly')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card data-testid="plan-editor" data-view={view}>
            {unplaced.length ? (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 16 }}
                data-testid="plan-unplaced-errors"
                message={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{unplaced.map((text) => <li key={text}>{text}</li>)}</ul>}
              />
            ) : null}
            <Form form={form} layout="vertical" disabled={!editable} initialValues={{ name: '', description: '', rules: [] }} data-testid="plan-form">
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="name" label={t('compensation.editor.name')} rules={[{ required: true, whitespace: true, message: t('compensation.editor.validation.name') }]}>
                    <Input maxLength={200} data-testid="plan-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="description" label={t('compensation.editor.description')}>
                    <Input maxLength={500} data-testid="plan-description" />
                  </Form.Item>
                </Col>
              </Row>
              <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {t('compensation.editor.rules')}
                </Typography.Title>
                <Segmented<View>
                  disabled={false}
                  value={view}
                  onChange={switchView}
                  options={[
                    { value: 'form', label: <span data-testid="plan-view-form">{t('compensation.editor.formView')}</span> },
                    { value: 'json', label: <span data-testid="plan-view-json">{t('compensation.editor.jsonView')}</span> },
                  ]}
                />
              </Flex>
              <Typography.Paragraph type="secondary">{t('compensation.editor.orderHint')}</Typography.Paragraph>
              {jsonProblem ? <Alert type="warning" showIcon message={jsonProblem} style={{ marginBottom: 12 }} data-testid="plan-json-problem" /> : null}
              {view === 'form' ? (
                <PathErrorsContext.Provider value={containers}>
                  <CommissionRuleFields form={form} disabled={!editable} onStructureChange={clearErrors} />
                </PathErrorsContext.Provider>
              ) : (
                <>
                  <Typography.Paragraph type="secondary">{t('compensation.editor.jsonHint')}</Typography.Paragraph>
                  <Input.TextArea
                    value={jsonText}
                    onChange={(event) => setJsonText(event.target.value)}
                    readOnly={!editable}
                    autoSize={{ minRows: 12, maxRows: 40 }}
                    spellCheck={false}
                    style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13 }}
                    data-testid="plan-json"
                  />
                </>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <CommissionPlanPreviewPanel currentRules={currentRules} onErrors={(errors) => (errors.length ? showErrors(errors) : clearErrors())} />
        </Col>
        <Col xs={24}>
          {plan ? (
            <PlanAssignmentCard planId={plan.id} assignments={plan.assignments} editable={editable} onChanged={() => void details.refetch()} />
          ) : (
            <Card title={t('compensation.assignments.title')}>
              <Typography.Text type="secondary">{t('compensation.assignments.saveFirst')}</Typography.Text>
            </Card>
          )}
        </Col>
      </Row>
    </PageContainer>
  );
}
