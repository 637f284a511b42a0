// Tailwind CSS v4 through PostCSS, as Next.js builds CSS.
export default {
  plugins: { '@tailwindcss/postcss': {} },
};
