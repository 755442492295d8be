import { TranslationOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, rememberLanguage } from '@/app/i18n';
import type { Language } from '@/app/i18n';

export function LanguageSwitch({ type = 'text' }: { type?: 'text' | 'default' }) {
  const { t, i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: LANGUAGES.map((language) => ({
          key: language,
          label: <span data-testid={`language-${language}`}>{t(`language.${language}`)}</span>,
        })),
        onClick: ({ key }) => {
          if (!isLanguage(key)) return;
          rememberLanguage(key);
          void i18n.changeLanguage(key);
        },
      }}
    >
      <Button type={type} icon={<TranslationOutlined />} data-testid="language-switch" aria-label={t('header.language')}>
        {t(`language.${current}`)}
      </Button>
    </Dropdown>
  );
}
