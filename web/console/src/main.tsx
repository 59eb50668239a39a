import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main><h1>Baton console</h1></main>);
