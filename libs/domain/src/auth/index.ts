export * from './login-throttle';
