// The English pages sit at the docs root; French translations sit beside them in fr/.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Tool library handbook',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        fr: { label: 'Français', lang: 'fr' },
      },
      sidebar: [
        {
          label: 'Lending',
          translations: { fr: 'Prêts' },
          items: [
            { slug: 'rota/checking-out', label: 'Checking tools out' },
            { slug: 'rota/returns' },
          ],
        },
        { label: 'Repairs', slug: 'repairs' },
      ],
    }),
  ],
});
