import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { move } from './clauseText';

/**
 * A template's clauses in order: pick clauses from the library, move them up and down, remove
 * them. A form control (`value` / `onChange`), named `clauseKeys` as the mutation input is.
 */
export function ClauseKeyList({
  value = [],
  onChange,
  library,
}: {
  value?: string[];
  onChange?: (keys: string[]) => void;
  library: readonly { key: string; title: string }[];
}) {
  const { t } = useTranslation();
  const titleOf = (key: string) => library.find((clause) => clause.key === key)?.title ?? key;
  const available = library.filter((clause) => !value.includes(clause.key));
  const set = (keys: string[]) => onChange?.(keys);

  return (
    <Flex vertical gap={8} data-testid="clause-key-list">
      <List
        size="small"
        bordered
        dataSource={value}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contracts.templates.noClauses')} /> }}
        renderItem={(key, index) => (
          <List.Item
            data-testid="clause-key-item"
            data-key={key}
            actions={[
              <Button key="up" size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => set(move(value, index, index - 1))} aria-label={t('contracts.templates.moveUp')} />,
              <Button
                key="down"
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={index === value.length - 1}
                onClick={() => set(move(value, index, index + 1))}
                aria-label={t('contracts.templates.moveDown')}
              />,
              <Button key="remove" size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => set(value.filter((item) => item !== key))} aria-label={t('common.delete')} />,
            ]}
          >
            <Space size={8}>
              <Typography.Text type="secondary">{index + 1}.</Typography.Text>
              <Typography.Text>{titleOf(key)}</Typography.Text>
              <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
                {key}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Select<string | null>
        showSearch
        value={null}
        placeholder={t('contracts.templates.addClause')}
        optionFilterProp="label"
        options={available.map((clause) => ({ value: clause.key, label: `${clause.title} (${clause.key})` }))}
        onChange={(key) => key && set([...value, key])}
        data-testid="clause-key-add"
      />
    </Flex>
  );
}
