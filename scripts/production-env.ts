// Imported first by scripts that compile posts for the build: they must compile what the build
// renders (production JSX), and share its cache of compiled posts, which is keyed by NODE_ENV.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' });
