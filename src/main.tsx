import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { knowledgeBaseResult } from '../content';
import { App } from './app/app';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    {knowledgeBaseResult.ok ? (
      <App />
    ) : (
      <main className="page">
        <h1>The knowledge base failed to load</h1>
        <p>
          This build of Rust or Go? ships invalid content. Please report it; your saved answers are
          untouched.
        </p>
        <ul>
          {knowledgeBaseResult.issues.map((issue) => (
            <li key={issue.path + issue.message}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      </main>
    )}
  </StrictMode>,
);
