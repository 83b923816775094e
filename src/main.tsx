import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { KnowledgeBaseFailure } from './app/knowledge-base-failure';
import { loadKnowledgeBase } from './state/knowledge-base';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element in index.html');

const root = createRoot(container);
root.render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Content is validated when its chunk loads. A build that ships invalid content says so plainly.
void loadKnowledgeBase().then((result) => {
  if (!result.ok) root.render(<KnowledgeBaseFailure issues={result.issues} />);
});
