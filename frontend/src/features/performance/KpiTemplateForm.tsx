import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mutationErrorText } from '@/components/mutationErrors';
import type { KpiTemplateFieldsFragment as Template } from '@/graphql/generated/graphql';
import type { IndicatorRow, TemplateFormValues } from './kpiTemplateForm';
import { isRatingSource, KPI_SOURCES, NEW_INDICATOR, placeTemplateErrors, rowsOf, toIndicatorInputs, weightsTotal } from './kpiTemplateForm';
import { KpiTemplateSaveMutation } from './mutations';

/** The live sum of the weights, which must reach exactly 100, and the server's word on it. */
function WeightsTotal({ rows, errors }: { rows: readonly (IndicatorRow | undefined)[]; errors: readonly string[] }) {
  const { t } = useTranslation();
  const total = weightsTotal(rows);
  return (
    <div data-testid="kpi-weights-total" data-total={total.total} data-complete={String(total.complete)}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t('performance.templates.weightsTotal')}</Typography.Text>
        <Tag color={total.complete ? 'green' : 'red'} bordered={false} style={{ fontSize: 14, paddingInline: 10 }}>
          {total.total} / 100
        </Tag>
        <Typography.Text type={total.complete ? 'success' : 'warning'}>
          {total.complete ? t('performance.templates.weightsComplete') : t('performance.templates.weightsMustReach')}
        </Typography.Text>
      </Flex>
      {errors.length ? (
        <Typography.Text type="danger" data-testid="kpi-weights-error" style={{ display: 'block', marginTop: 4 }}>
          {errors.join(' ')}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/**
 * A position's KPI template: its indicators (source, weight, target and the curve's cap and
 * floor; a manager rating has neither target nor curve). Every save goes to the server, which
 * names each problem by its path; each lands under its own input, the weights total by the total.
 */
export function KpiTemplateForm({
  open,
  template,
  positions,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** null: a new template */
  template: Template | null;
  /** the positions a new template can be for (those without one) */
  positions: readonly { id: string; title: string }[];
  onClose: () => void;
  onSaved: (template: Template) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TemplateFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [totalErrors, setTotalErrors] = useState<string[]>([]);
  const [save, { loading }] = useMutation(KpiTemplateSaveMutation, { refetchQueries: ['KpiTemplateList'] });
  const rows = (Form.useWatch('indicators', form) ?? []) as (IndicatorRow | undefined)[];
  const total = weightsTotal(rows).total;

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    setTotalErrors([]);
    form.resetFields();
    form.setFieldsValue({ positionId: template?.position?.id ?? undefined, name: template?.name ?? '', indicators: rowsOf(template) });
  }, [open, template, form]);

  // The server's total error speaks of the weights as they were.
  useEffect(() => setTotalErrors([]), [total]);

  const sourceOptions = useMemo(
    () =>
      KPI_SOURCES.map((source) => ({
        value: source,
        label: t(`performance.enums.source.${source}`),
      })),
    [t],
  );

  const submit = async () => {
    const values = form.getFieldsValue(true) as TemplateFormValues;
    const indicators = values.indicators ?? [];
    setFailure([]);
    setTotalErrors([]);
    form.setFields(form.getFieldsError().filter((entry) => entry.errors.length).map((entry) => ({ name: entry.name, errors: [] })) as unknown as Parameters<typeof form.setFields>[0]);
    if (!values.positionId) {
      form.setFields([{ name: 'positionId', errors: [t('performance.templates.positionRequired')] }]);
      return;
    }
    try {
      const { data, errors } = await save({
        variables: { input: { positionId: values.positionId, name: (values.name ?? '').trim(), indicators: toIndicatorInputs(indicators) } },
      });
      const payload = data?.kpiTemplateSave;
      if (payload?.errors.length) {
        const placed = placeTemplateErrors(payload.errors, indicators.length, (error) => mutationErrorText(t, error));
        form.setFields(placed.fields as Parameters<typeof form.setFields>[0]);
        setTotalErrors(placed.total);
        setFailure(placed.other);
      } else if (payload?.template) onSaved(payload.template);
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  return (
    <Drawer
      open={open}
      width={880}
      title={template ? t('performance.templates.editTitle', { name: template.name }) : t('performance.templates.createTitle')}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => void submit()} data-testid="kpi-template-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon message={t('performance.templates.hint')} style={{ marginBottom: 16 }} />
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="kpi-template-error" /> : null}
      <Form<TemplateFormValues> form={form} layout="vertical" requiredMark={false} data-testid="kpi-template-form" onFinish={() => void submit()}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="positionId" label={t('performance.templates.position')}>
              <Select
                disabled={Boolean(template)}
                showSearch
                optionFilterProp="label"
                placeholder={t('performance.templates.positionPlaceholder')}
                options={(template?.position ? [template.position] : positions).map((position) => ({ value: position.id, label: position.title }))}
                data-testid="kpi-template-position"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="name" label={t('performance.templates.name')}>
              <Input maxLength={120} data-testid="kpi-template-name" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => {
                const rating = isRatingSource(rows[index]?.source);
                return (
                  <Card
                    key={field.key}
                    size="small"
                    data-testid="kpi-indicator"
                    data-index={index}
                    title={t('performance.templates.indicatorN', { n: index + 1 })}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                        aria-label={t('performance.templates.removeIndicator')}
                        data-testid="kpi-indicator-remove"
                      />
                    }
                  >
                    <Row gutter={12}>
                      <Col xs={24} md={8}>
                        <Form.Item name={[field.name, 'name']} label={t('performance.templates.indicatorName')}>
                          <Input maxLength={80} data-testid="kpi-indicator-name" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={10}>
                        <Form.Item name={[field.name, 'source']} label={t('performance.templates.source')}>
                          <Select options={sourceOptions} data-testid="kpi-indicator-source" />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'weight']} label={t('performance.templates.weight')}>
                          <InputNumber stringMode min="0" max="100" step="5" suffix="%" style={{ width: '100%' }} data-testid="kpi-indicator-weight" />
                        </Form.Item>
                      </Col>
                      {rating ? (
                        <Col xs={24} md={18}>
                          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }} data-testid="kpi-indicator-rating-hint">
                            {t('performance.templates.ratingHint')}
                          </Typography.Paragraph>
                        </Col>
                      ) : (
                        <>
                          <Col xs={12} md={8}>
                            <Form.Item name={[field.name, 'target']} label={t('performance.templates.target')} extra={rows[index]?.source ? t(`performance.enums.sourceUnit.${rows[index]!.source}`) : undefined}>
                              <InputNumber stringMode min="0" style={{ width: '100%' }} data-testid="kpi-indicator-target" />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={8}>
                            <Form.Item name={[field.name, 'curve', 'capPercent']} label={t('performance.templates.cap')} extra={t('performance.templates.capHint')}>
                              <InputNumber stringMode min="100" suffix="%" style={{ width: '100%' }} data-testid="kpi-indicator-cap" />
                            </Form.Item>
                          </Col>
                          <Col xs={12} md={8}>
                            <Form.Item name={[field.name, 'curve', 'floorPercent']} label={t('performance.templates.floor')} extra={t('performance.templates.floorHint')}>
                              <InputNumber stringMode min="0" max="100" suffix="%" style={{ width: '100%' }} data-testid="kpi-indicator-floor" />
                            </Form.Item>
                          </Col>
                        </>
                      )}
                    </Row>
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ ...NEW_INDICATOR, curve: { ...NEW_INDICATOR.curve } })} data-testid="kpi-indicator-add">
                {t('performance.templates.addIndicator')}
              </Button>
              <WeightsTotal rows={rows} errors={totalErrors} />
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
