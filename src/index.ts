'use client';
/**
 * react-cognito-signup: Cognito sign-up for React, headless (`useSignUp`) or ready-made
 * (`<SignUp>`). The core (requests, limits, errors, transport) works without React.
 */
export * from './core/index.js';
export * from './react/index.js';
