const host = document.createElement('div');
host.attachShadow({ mode: 'open' }).textContent = 'Baton widget';
document.body.append(host);
