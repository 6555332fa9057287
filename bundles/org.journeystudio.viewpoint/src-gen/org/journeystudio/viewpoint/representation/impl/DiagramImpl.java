/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.representation.Diagram;
import org.journeystudio.viewpoint.representation.Edge;
import org.journeystudio.viewpoint.representation.Node;
import org.journeystudio.viewpoint.representation.RepresentationPackage;
import org.journeystudio.viewpoint.representation.ViewState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#isLayoutStale <em>Layout Stale</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#getStates <em>States</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends RepresentationImpl implements Diagram {
	/**
	 * The cached value of the '{@link #getActiveLayers() <em>Active Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeLayers;

	/**
	 * The cached value of the '{@link #getActiveFilters() <em>Active Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeFilters;

	/**
	 * The default value of the '{@link #isLayoutStale() <em>Layout Stale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayoutStale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAYOUT_STALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLayoutStale() <em>Layout Stale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayoutStale()
	 * @generated
	 * @ordered
	 */
	protected boolean layoutStale = LAYOUT_STALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStates() <em>States</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStates()
	 * @generated
	 * @ordered
	 */
	protected EList<ViewState> states;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<Edge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RepresentationPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveLayers() {
		if (activeLayers == null) {
			activeLayers = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.DIAGRAM__ACTIVE_LAYERS);
		}
		return activeLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveFilters() {
		if (activeFilters == null) {
			activeFilters = new EDataTypeUniqueEList<String>(String.class, this, RepresentationPackage.DIAGRAM__ACTIVE_FILTERS);
		}
		return activeFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLayoutStale() {
		return layoutStale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayoutStale(boolean newLayoutStale) {
		boolean oldLayoutStale = layoutStale;
		layoutStale = newLayoutStale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RepresentationPackage.DIAGRAM__LAYOUT_STALE, oldLayoutStale, layoutStale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ViewState> getStates() {
		if (states == null) {
			states = new EObjectContainmentEList<ViewState>(ViewState.class, this, RepresentationPackage.DIAGRAM__STATES);
		}
		return states;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, RepresentationPackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Edge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<Edge>(Edge.class, this, RepresentationPackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RepresentationPackage.DIAGRAM__STATES:
				return ((InternalEList<?>)getStates()).basicRemove(otherEnd, msgs);
			case RepresentationPackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case RepresentationPackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RepresentationPackage.DIAGRAM__ACTIVE_LAYERS:
				return getActiveLayers();
			case RepresentationPackage.DIAGRAM__ACTIVE_FILTERS:
				return getActiveFilters();
			case RepresentationPackage.DIAGRAM__LAYOUT_STALE:
				return isLayoutStale();
			case RepresentationPackage.DIAGRAM__STATES:
				return getStates();
			case RepresentationPackage.DIAGRAM__NODES:
				return getNodes();
			case RepresentationPackage.DIAGRAM__EDGES:
				return getEdges();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RepresentationPackage.DIAGRAM__ACTIVE_LAYERS:
				getActiveLayers().clear();
				getActiveLayers().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.DIAGRAM__ACTIVE_FILTERS:
				getActiveFilters().clear();
				getActiveFilters().addAll((Collection<? extends String>)newValue);
				return;
			case RepresentationPackage.DIAGRAM__LAYOUT_STALE:
				setLayoutStale((Boolean)newValue);
				return;
			case RepresentationPackage.DIAGRAM__STATES:
				getStates().clear();
				getStates().addAll((Collection<? extends ViewState>)newValue);
				return;
			case RepresentationPackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case RepresentationPackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends Edge>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RepresentationPackage.DIAGRAM__ACTIVE_LAYERS:
				getActiveLayers().clear();
				return;
			case RepresentationPackage.DIAGRAM__ACTIVE_FILTERS:
				getActiveFilters().clear();
				return;
			case RepresentationPackage.DIAGRAM__LAYOUT_STALE:
				setLayoutStale(LAYOUT_STALE_EDEFAULT);
				return;
			case RepresentationPackage.DIAGRAM__STATES:
				getStates().clear();
				return;
			case RepresentationPackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case RepresentationPackage.DIAGRAM__EDGES:
				getEdges().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RepresentationPackage.DIAGRAM__ACTIVE_LAYERS:
				return activeLayers != null && !activeLayers.isEmpty();
			case RepresentationPackage.DIAGRAM__ACTIVE_FILTERS:
				return activeFilters != null && !activeFilters.isEmpty();
			case RepresentationPackage.DIAGRAM__LAYOUT_STALE:
				return layoutStale != LAYOUT_STALE_EDEFAULT;
			case RepresentationPackage.DIAGRAM__STATES:
				return states != null && !states.isEmpty();
			case RepresentationPackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case RepresentationPackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (activeLayers: ");
		result.append(activeLayers);
		result.append(", activeFilters: ");
		result.append(activeFilters);
		result.append(", layoutStale: ");
		result.append(layoutStale);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
